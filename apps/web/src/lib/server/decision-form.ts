import { REASON_CODES, isDecisionFor, type ItemKindForDecision } from './decision-rules';

/** What the decision form holds; it comes back whole when the form is refused or a redaction is applied. */
export interface DecisionValues {
  decision: string;
  reasonCodes: string[];
  statement: string;
  editedText: string;
  /** Ids of the proposed redactions already applied to `editedText`. */
  applied: string[];
}

export interface DecisionErrors {
  form?: string;
  decision?: string;
  reasonCodes?: string;
  statement?: string;
  editedText?: string;
}

const text = (form: FormData, name: string) => {
  const value = form.get(name);
  return typeof value === 'string' ? value : '';
};
const texts = (form: FormData, name: string) => form.getAll(name).filter((value): value is string => typeof value === 'string');

export function readDecisionForm(form: FormData): DecisionValues & { version: number | null; queue: string } {
  const version = Number(text(form, 'version'));
  return {
    decision: text(form, 'decision'),
    reasonCodes: [...new Set(texts(form, 'reasonCodes').filter((code) => (REASON_CODES as readonly string[]).includes(code)))],
    statement: text(form, 'statement').replace(/\r\n?/g, '\n'),
    editedText: text(form, 'editedText').replace(/\r\n?/g, '\n'),
    applied: [...new Set(texts(form, 'applied'))],
    version: Number.isInteger(version) && version > 0 ? version : null,
    queue: text(form, 'queue'),
  };
}

/** What the API wants, or the problems to show first (no decision, no reason for a restricting one). */
export function decisionBody(
  values: DecisionValues,
  version: number | null,
  kind: ItemKindForDecision,
): { body: Record<string, unknown> } | { errors: DecisionErrors } {
  if (!values.decision) return { errors: { decision: 'Kies een beslissing' } };
  if (!isDecisionFor(kind, values.decision)) return { errors: { decision: 'Deze beslissing kan niet bij dit soort item' } };
  if (version === null) return { errors: { form: 'De versie van het item ontbreekt. Laad de pagina opnieuw.' } };
  // An appeal gets a reasoned outcome (DSA art. 20): without reasons, the editor writes one.
  if ((values.decision === 'uphold' || values.decision === 'overturn') && values.reasonCodes.length === 0 && !values.statement.trim()) {
    return { errors: { statement: 'Leg uit waarom je zo beslist: de schrijver krijgt deze motivering' } };
  }
  const body: Record<string, unknown> = {
    decision: values.decision,
    reasonCodes: values.reasonCodes,
    statement: values.statement.trim(),
    version,
  };
  if (values.decision === 'publish_edited') body.editedText = values.editedText;
  return { body };
}

/** The API's field paths ("reasonCodes", "reasonCodes.0", "editedText") on the form's fields. */
export function errorsFromFields(fields: Record<string, string>, fallback: string): DecisionErrors {
  const errors: DecisionErrors = {};
  for (const [path, message] of Object.entries(fields)) {
    const field = path.split('.')[0];
    if (field === 'decision' || field === 'reasonCodes' || field === 'statement' || field === 'editedText') errors[field] ??= message;
    else errors.form ??= message;
  }
  if (Object.keys(errors).length === 0) errors.form = fallback;
  return errors;
}
