import type { Analysis, AnalysisOptions, Finding, Grid, Policy } from "./types";
import { UnusableInputError } from "./errors";
import { createFinding, localizeFinding, SEVERITY_RANK } from "./findings/catalog";
import { getPreset } from "./policy/presets";
import { isPolicySheet, readPolicySheet } from "./policy/policy-sheet";
import { isRegisterGrid, readRegister } from "./workbook/register";
import { isInfoGrid, readInfo } from "./workbook/info";
import { parseRosters, rosterNotFound } from "./roster/parse";
import { isMappingGrid, mergeCorrections, readMappingGrid } from "./roster/mapping-store";
import { buildPlan } from "./plan";
import { runChecks } from "./checks";
import { coefficientMismatch, computeAllowance, computePayouts } from "./payouts";
import { checkRefunds } from "./payouts/refund";

export const DEFAULT_POLICY_ID = "kien-giang-nq77-2017";

/**
 * The whole pipeline on plain grids: classify sheets, read register, information and policy,
 * parse rosters, check, compute payouts. Pure: the same grids and options give the same analysis.
 * Throws UnusableInputError when there is nothing to work on (no roster, an invalid policy).
 */
export function analyze(grids: Grid[], options: AnalysisOptions = {}): Analysis {
  const lang = options.lang ?? "vi";
  const generated = new Set(options.generatedSheets ?? []);
  // The "Quy định" sheet is written by the add-in but is input: the clerk edits the rules there.
  const mappingGrids = grids.filter(isMappingGrid);
  const inputs = grids.filter(
    (g) => !isMappingGrid(g) && (!generated.has(g.sheet) || isPolicySheet(g))
  );
  // The stored mapping (the pane's corrections), then this run's own (--column, the pane's latest).
  const stored = mappingGrids.length > 0 ? readMappingGrid(mappingGrids[0]) : {};
  const corrections = mergeCorrections(stored, options.corrections);

  const policyGrids = inputs.filter(isPolicySheet);
  const registerGrids = inputs.filter((g) => !isPolicySheet(g) && isRegisterGrid(g));
  const infoGrids = inputs.filter((g) => !isPolicySheet(g) && !isRegisterGrid(g) && isInfoGrid(g));
  const special = new Set([...policyGrids, ...registerGrids, ...infoGrids].map((g) => g.sheet));
  const rosterGrids = inputs.filter((g) => !special.has(g.sheet));

  const infoRead = readInfo(infoGrids);
  const { policy, policySource } = choosePolicy(
    policyGrids,
    options,
    lang,
    infoRead.info.policyId ?? null
  );
  const registerRead = readRegister(registerGrids);
  const paymentDate = options.paymentDate ?? infoRead.info.paymentDate;
  const info = { ...infoRead.info, paymentDate };
  const register = registerRead.register;

  const roster = parseRosters(rosterGrids, {
    communeNames: register.communes.map((c) => c.name),
    lang,
    corrections,
  });
  if (roster.mappings.length === 0) {
    const notFound =
      roster.findings.find((f) => f.code === "roster-not-found") ?? rosterNotFound([], lang);
    throw new UnusableInputError(localizeFinding(notFound, lang), {
      candidates: roster.candidates ?? [],
      storedCorrections: stored,
    });
  }

  const planDate = paymentDate ?? info.documentDate;
  const plan = buildPlan({ members: roster.members, policy, register, planDate });
  const checkFindings = runChecks({
    members: roster.members,
    policy,
    register,
    info,
    planDate,
    lang,
    plan,
    allowanceOf: (m, baseSalary) =>
      computeAllowance(m, policy, baseSalary, lang, { trace: false }).received,
    coefficientFinding: (m, main) => coefficientMismatch(m, main, lang),
  });
  const payouts = computePayouts({
    members: roster.members,
    policy,
    paymentDate,
    round: options.round ?? null,
    blocking: roster.findings,
    lang,
    mappings: roster.mappings,
    plan,
  });

  const sheetOrder = new Map(grids.map((g, i) => [g.sheet, i]));
  const findings = sortFindings(
    [
      ...registerRead.findings,
      ...infoRead.findings,
      ...roster.findings,
      ...checkFindings,
      ...checkRefunds(roster.members, policy, paymentDate ?? info.documentDate, lang),
      ...payouts.findings,
    ].map((f) => localizeFinding(f, lang)),
    sheetOrder
  );

  return {
    policy,
    policySource,
    roster,
    register,
    info,
    findings,
    plan,
    report: payouts.report,
    lang,
    storedCorrections: stored,
  };
}

function choosePolicy(
  policyGrids: Grid[],
  options: AnalysisOptions,
  lang: "vi" | "en",
  /** The Thông tin sheet's "Quy định áp dụng": a preset id, used when nothing else names a policy. */
  infoPolicyId: string | null
): { policy: Policy; policySource: Analysis["policySource"] } {
  if (options.policy) {
    // A preset passed by id arrives as a copy: it is a preset when it still equals the preset.
    const preset = getPreset(options.policy.id);
    const unchanged =
      preset !== undefined && JSON.stringify(preset) === JSON.stringify(options.policy);
    return { policy: options.policy, policySource: unchanged ? "preset" : "file" };
  }
  if (policyGrids.length > 0) {
    const read = readPolicySheet(policyGrids[0]);
    const invalid = read.findings.find((f) => f.severity === "error");
    if (invalid || !read.policy) {
      throw new UnusableInputError(
        localizeFinding(
          invalid ??
            createFinding("policy-invalid", { params: { key: policyGrids[0].sheet, detail: "?" } }),
          lang
        )
      );
    }
    return { policy: read.policy, policySource: "sheet" };
  }
  const named = infoPolicyId !== null ? getPreset(infoPolicyId.trim()) : undefined;
  if (named) return { policy: named, policySource: "preset" };
  if (infoPolicyId !== null && infoPolicyId.trim() !== "")
    throw new UnusableInputError(
      localizeFinding(
        createFinding("policy-invalid", {
          params: {
            key: "Thông tin: Quy định áp dụng",
            detail: `«${infoPolicyId.trim()}» không phải mã quy định có sẵn (xem dinh-bien policies).`,
            detailEn: `«${infoPolicyId.trim()}» is not a preset id (see dinh-bien policies).`,
          },
        }),
        lang
      )
    );
  const preset = getPreset(DEFAULT_POLICY_ID);
  if (!preset) throw new Error(`preset ${DEFAULT_POLICY_ID} missing`);
  return { policy: preset, policySource: "preset" };
}

/** Sheet order, then row, then severity; findings without a place keep their order at the end of their sheet. */
function sortFindings(findings: Finding[], sheetOrder: Map<string, number>): Finding[] {
  return findings
    .map((f, i) => ({ f, i }))
    .sort((a, b) => {
      const sa = a.f.sheet === null ? -1 : (sheetOrder.get(a.f.sheet) ?? Number.MAX_SAFE_INTEGER);
      const sb = b.f.sheet === null ? -1 : (sheetOrder.get(b.f.sheet) ?? Number.MAX_SAFE_INTEGER);
      if (sa !== sb) return sa - sb;
      const ra = a.f.row ?? Number.MAX_SAFE_INTEGER;
      const rb = b.f.row ?? Number.MAX_SAFE_INTEGER;
      if (ra !== rb) return ra - rb;
      const sev = SEVERITY_RANK[a.f.severity] - SEVERITY_RANK[b.f.severity];
      return sev !== 0 ? sev : a.i - b.i;
    })
    .map((x) => x.f);
}
