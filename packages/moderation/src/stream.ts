import { z } from 'zod';
import { SECTORS } from '@zorgwaardering/core';
import { NearDuplicateIndex } from './near-duplicate-index';
import { screen } from './pipeline';
import type { Rules } from './rules/load';
import { textSignature } from './signature';
import type { PriorSubmission, Report } from './types';

/** One line of the corpus format (`shared/corpus/README.md`); `expect` is ignored. */
export const streamLineSchema = z.object({
  id: z.string().min(1),
  author: z.string().min(1),
  facility: z.string().min(1),
  sector: z.enum(SECTORS),
  submittedAt: z.string().refine((s) => Number.isFinite(Date.parse(s)), 'geen geldige datum'),
  ratings: z.record(z.string(), z.number().nullable()).default({}),
  text: z.string(),
  account: z
    .object({ createdAt: z.string().optional(), ipHash: z.string().optional(), invited: z.boolean().optional() })
    .nullish(),
});
export type StreamLine = z.infer<typeof streamLineSchema>;

const DAY = 86_400_000;

/**
 * Screens a stream of submissions in time order, each with only the earlier ones as context, the
 * way the API does with its database: the author's history, the facility's recent submissions, and
 * near-duplicate candidates from a signature index. Used by `pnpm moderate` and `moderate:eval`.
 */
export class StreamScreener {
  private readonly priors: PriorSubmission[] = [];
  private readonly byAuthor = new Map<string, PriorSubmission[]>();
  private readonly byFacility = new Map<string, PriorSubmission[]>();
  private readonly index = new NearDuplicateIndex();
  private readonly lookbackMs: number;

  constructor(private readonly rules: Rules) {
    const s = rules.settings.reliability;
    this.lookbackMs = Math.max(s.sharedNetwork.windowDays * DAY, s.burst.windowHours * 3_600_000, ...Object.values(rules.intervalDays).map((d) => d * DAY));
  }

  screen(line: StreamLine): Report {
    const signature = textSignature(line.text);
    const at = Date.parse(line.submittedAt);
    const facilityRecent = (this.byFacility.get(line.facility) ?? []).filter((p) => at - Date.parse(String(p.submittedAt)) < this.lookbackMs);
    const similarCandidates = this.index.query(signature, this.rules.settings.reliability.nearDuplicate.similarity * 0.8, 20).map((hit) => this.priors[hit.doc]!);
    const report = screen(
      {
        id: line.id,
        text: line.text,
        ratings: line.ratings,
        sector: line.sector,
        facilityId: line.facility,
        authorId: line.author,
        submittedAt: line.submittedAt,
        signature,
      },
      {
        authorHistory: this.byAuthor.get(line.author) ?? [],
        facilityRecent,
        similarCandidates,
        account: line.account ?? undefined,
      },
      this.rules,
    );
    this.remember({ id: line.id, authorId: line.author, facilityId: line.facility, submittedAt: line.submittedAt, ipHash: line.account?.ipHash, signature });
    return report;
  }

  private remember(prior: PriorSubmission): void {
    this.priors.push(prior);
    this.index.add(prior.signature!);
    const push = (map: Map<string, PriorSubmission[]>, key: string) => {
      const list = map.get(key);
      if (list) list.push(prior);
      else map.set(key, [prior]);
    };
    push(this.byAuthor, prior.authorId);
    push(this.byFacility, prior.facilityId);
  }
}
