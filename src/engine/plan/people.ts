import type { CellRef, StaffMember } from "../types";
import { foldKey } from "../text/fold";

/** Identity of a person for duplicate checks (DOMAIN §5.1): diacritics kept, "Ân" ≠ "An". */
export function nameKey(member: StaffMember): string | null {
  const name = member.name?.value;
  if (!name) return null;
  const key = foldKey(name);
  return key ? key : null;
}

export function birthYear(member: StaffMember): number | null {
  return member.birth?.value.year ?? null;
}

/** The cell that stands for a person in a count: the name, else the title, else column A. */
export function personCell(member: StaffMember): CellRef {
  return (
    member.name?.cell ?? member.title?.cell ?? { sheet: member.sheet, row: member.row, col: 1 }
  );
}
