// The server's custom requests as typed messages for vscode-languageclient. Names and shapes come from the server's
// protocol file, the one place they are defined.
import { NotificationType, RequestType, type WorkDoneProgressParams } from 'vscode-languageclient/node';
import {
  CHECK_ALL_REQUEST,
  REPORT_REQUEST,
  STATS_NOTIFICATION,
  STATS_REQUEST,
  type CheckAllResult,
  type QuoteStats,
  type ReportParams,
  type ReportResult,
  type StatsParams,
} from '../../server/src/lsp/protocol';

export type { QuoteStats } from '../../server/src/lsp/protocol';
export { RECHECK_COMMAND } from '../../server/src/lsp/protocol';

export const reportRequest = new RequestType<ReportParams, ReportResult, void>(REPORT_REQUEST);
export const statsRequest = new RequestType<StatsParams, QuoteStats | null, void>(STATS_REQUEST);
export const statsNotification = new NotificationType<QuoteStats>(STATS_NOTIFICATION);
export const checkAllRequest = new RequestType<WorkDoneProgressParams, CheckAllResult, void>(CHECK_ALL_REQUEST);
