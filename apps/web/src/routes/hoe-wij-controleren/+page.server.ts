import { APPEAL_WINDOW_MONTHS, DECISION_DUE_WORKING_DAYS } from '@zorgwaardering/core';
import type { TransparencyReport } from '$lib/moderation/types';
import { formatDuration, formatShare } from '$lib/moderation/format';
import { api } from '$lib/server/api';
import { NOTICE_OUTCOME_LABELS, PUBLIC_DECISION_LABELS, REASON_LABELS, isDecision } from '$lib/server/moderation-labels';
import type { PageServerLoad } from './$types';

// The API counts whole days in UTC: `from` is the first day, `to` the first day after the period.
const utcDay = new Intl.DateTimeFormat('nl-BE', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
const dayOf = (iso: string, offsetMs = 0) => utcDay.format(new Date(Date.parse(iso) + offsetMs));

export const load: PageServerLoad = async (event) => {
  const result = await api<TransparencyReport>(event, '/api/transparency');
  // The explanation stands on its own: without figures the page still says how we work.
  const report = result.ok ? result.data : null;
  if (!result.ok) console.error(`GET /api/transparency gaf ${result.status}: ${result.error.code}`);

  return {
    appealMonths: APPEAL_WINDOW_MONTHS,
    dueWorkingDays: DECISION_DUE_WORKING_DAYS,
    figures: report
      ? {
          from: dayOf(report.from),
          to: dayOf(report.to, -1),
          empty: report.decisions.total === 0 && report.notices.received === 0 && report.appeals.received === 0,
          decisions: {
            total: report.decisions.total,
            byDecision: report.decisions.byDecision
              .filter((row) => row.decision !== 'escalate')
              .map((row) => ({ label: isDecision(row.decision) ? PUBLIC_DECISION_LABELS[row.decision] : row.decision, count: row.count }))
              .sort((a, b) => b.count - a.count),
            byReason: report.decisions.byReasonCode
              .map((row) => ({ label: REASON_LABELS[row.reasonCode] ?? row.reasonCode, count: row.count }))
              .sort((a, b) => b.count - a.count),
            automatedShare: report.decisions.automatedDetectionShare === null ? null : formatShare(report.decisions.automatedDetectionShare),
            medianTime: report.decisions.medianHoursToDecision === null ? null : formatDuration(report.decisions.medianHoursToDecision),
          },
          notices: {
            received: report.notices.received,
            byOutcome: report.notices.byOutcome.map((row) => ({ label: NOTICE_OUTCOME_LABELS[row.outcome] ?? row.outcome, count: row.count })),
          },
          appeals: report.appeals,
        }
      : null,
  };
};
