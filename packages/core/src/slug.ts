/** "Kinderdagverblijf 't Kabouterhuisje" -> "kinderdagverblijf-t-kabouterhuisje". */
export function slugify(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** The readable address of a facility's page: /voorziening/{slug}-{id}. */
export function facilityPath(facility: { id: number; name: string }): string {
  return `/voorziening/${slugify(facility.name)}-${facility.id}`;
}
