/** Shapes the server hands to pages; kept here so components need not import server modules. */

export interface RatingScale {
  choices: { value: number; label: string }[];
  max: number;
  /** "Niet van toepassing / weet ik niet". */
  notApplicable: string;
  /** At least this many themes need a score. */
  minRated: number;
}
