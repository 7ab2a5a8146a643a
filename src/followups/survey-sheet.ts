import { type Sheet, sheet } from '../common/spreadsheets.js';
import type { RoundSurveyDto, SurveyResultsDto } from './dto/survey.dto.js';

const values = (figure: RoundSurveyDto['contractsSigned']): string => figure.values.map((value) => `${value.currency} ${value.amount}`).join('; ');

/**
 * The exhibitor survey as a sheet of the fair's outcome report: one row per round, the aggregates of
 * `GET /v1/fairs/{fairId}/outcomes/follow-ups` (never a company's own answers). Reported values are
 * per currency, as companies gave them, so they stay text ("USD 250001.00; KRW 98000000.00").
 */
export function surveySheet(results: SurveyResultsDto): Sheet {
  return sheet<RoundSurveyDto>({
    name: '후속조사 Follow-up survey',
    columns: [
      { header: '차수 Round', kind: 'count', value: (row) => row.sequence },
      { header: '개월 Months after', kind: 'count', value: (row) => row.monthsAfter },
      { header: '개시일 Opened (fair time)', kind: 'date', value: (row) => row.openedOn },
      { header: '대상기업 Companies asked', kind: 'count', value: (row) => row.companies },
      { header: '응답 Responses', kind: 'count', value: (row) => row.responses },
      { header: '응답률 Response rate', kind: 'rate', numFmt: '0.0%', value: (row) => row.responseRate },
      { header: '평균 만족도 Satisfaction (1–5)', kind: 'rate', numFmt: '0.00', value: (row) => row.averageSatisfaction },
      { header: '재참가 의향 Would exhibit again', kind: 'count', value: (row) => row.wouldExhibitAgain },
      { header: '재참가율 Share', kind: 'rate', numFmt: '0.0%', value: (row) => row.wouldExhibitAgainShare },
      { header: '체결 보고 Contracts signed (reported)', kind: 'count', value: (row) => row.contractsSigned.count },
      { header: '체결액 Signed value (reported)', kind: 'text', value: (row) => values(row.contractsSigned) },
      { header: '추진 보고 Contracts expected (reported)', kind: 'count', value: (row) => row.contractsExpected.count },
      { header: '추진액 Expected value (reported)', kind: 'text', value: (row) => values(row.contractsExpected) },
      { header: '선적 Shipments (reported)', kind: 'count', value: (row) => row.shipments.count },
      { header: '선적액 Shipped value (reported)', kind: 'text', value: (row) => values(row.shipments) },
    ],
    rows: results.rounds,
  });
}
