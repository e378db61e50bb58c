import { CANONICAL_HEADER } from "../../src/taskpane/overrides";
import { matchHeader } from "../../src/engine/roster/aliases";
import type { FieldKey } from "../../src/engine/types";

describe("CANONICAL_HEADER: the header an override writes into the in-memory grid", () => {
  test("the texts a clerk would type, one per field", () => {
    expect(CANONICAL_HEADER.birth).toBe("Ngày sinh");
    expect(CANONICAL_HEADER.birthMale).toBe("Nam");
    expect(CANONICAL_HEADER.birthFemale).toBe("Nữ");
    expect(CANONICAL_HEADER.hamlet).toBe("Ấp");
    expect(CANONICAL_HEADER.start).toBe("Ngày bắt đầu công tác");
    expect(Object.keys(CANONICAL_HEADER)).toHaveLength(22);
  });

  test("the parser reads each one back as its own field", () => {
    for (const [field, text] of Object.entries(CANONICAL_HEADER) as [FieldKey, string][])
      expect([field, matchHeader(text)]).toEqual([field, field]);
  });
});
