import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { cli, expectUnusable, SAMPLE } from "./helpers";
import { getPreset } from "../../src/engine/policy/presets";
import { policyToJson } from "../../src/engine/policy/schema";

let dir: string;
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "dinh-bien-policy-"));
});
afterAll(() => {
  fs.rmSync(dir, { recursive: true, force: true });
});

describe("a policy file with a misspelt key", () => {
  it("the one CLI line names the misspelt key and the intended one, not the missing key", async () => {
    const policy = JSON.parse(policyToJson(getPreset("kien-giang-nq77-2017")!)) as Record<
      string,
      unknown
    >;
    policy.hamletCapp = policy.hamletCap;
    delete policy.hamletCap;
    const file = path.join(dir, "policy.json");
    fs.writeFileSync(file, JSON.stringify(policy));
    const r = await cli(["check", SAMPLE, "--policy", file]);
    expectUnusable(r);
    expect(r.stderr).toMatch(/^dinh-bien: chính sách .*policy\.json không hợp lệ: hamletCapp: /);
    expect(r.stderr).toContain("«hamletCapp»");
    expect(r.stderr).toContain("có phải là «hamletCap»?");
    // The second issue (hamletCap missing) is only counted.
    expect(r.stderr).toContain("(và 1 lỗi khác)");
    expect(r.stderr).not.toContain("Thiếu giá trị bắt buộc");
  });
});
