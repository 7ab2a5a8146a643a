/**
 * FairOutcomeDto as a JSON schema, for the schema-compiled serializer (fast-json-stringify) that
 * renders the outcome read's answer (outcome-document.ts): 3-5x faster than JSON.stringify on this
 * answer (bench/serialize-outcome.js). It writes only the properties listed here, so it must follow
 * the DTO: the access matrix checks every answer against the OpenAPI document, and would catch a
 * property missing here.
 */
const countValue = { type: 'object', properties: { count: { type: 'integer' }, valueUsd: { type: 'string' } } } as const;
const contracts = { type: 'object', properties: { signed: countValue, expected: countValue } } as const;
const measures = { consultations: countValue, contracts } as const;
const meetings = {
  type: 'object',
  properties: { requested: { type: 'integer' }, held: { type: 'integer' }, noShow: { type: 'integer' } },
} as const;
const text = { type: 'string' } as const;
const nullableText = { type: ['string', 'null'] } as const;
const phases = (a: string, b: string) => ({ type: 'object', properties: { [a]: countValue, [b]: countValue } }) as const;
const funnel = {
  type: 'object',
  properties: {
    consultations: phases('onSite', 'after'),
    hotLeads: { type: 'integer' },
    expected: countValue,
    provisional: countValue,
    signed: phases('onSite', 'later'),
    shipped: countValue,
  },
} as const;

export const FAIR_OUTCOME_SCHEMA = {
  type: 'object',
  properties: {
    fairId: text,
    fair: {
      type: 'object',
      properties: { name: text, series: text, year: { type: 'integer' }, country: text, kind: text, startsOn: text, endsOn: text },
    },
    ...measures,
    companies: { type: 'integer' },
    buyers: { type: 'integer' },
    countries: { type: 'integer' },
    meetings,
    funnel,
    conversion: nullableText,
    home: {
      type: 'object',
      properties: {
        currency: text,
        rate: nullableText,
        rateDate: nullableText,
        consultationsValue: nullableText,
        signedValue: nullableText,
        expectedValue: nullableText,
        funnel: {
          type: 'object',
          properties: {
            consultationsOnSiteValue: nullableText,
            consultationsAfterValue: nullableText,
            provisionalValue: nullableText,
            signedOnSiteValue: nullableText,
            signedLaterValue: nullableText,
            shippedValue: nullableText,
          },
        },
      },
    },
    computedAt: nullableText,
    stale: { type: 'boolean' },
    byCompany: {
      type: 'array',
      items: { type: 'object', properties: { companyId: text, companyName: text, companyLocalName: nullableText, ...measures, meetings, funnel } },
    },
    byCountry: { type: 'array', items: { type: 'object', properties: { country: text, ...measures } } },
    byDay: { type: 'array', items: { type: 'object', properties: { date: text, ...measures } } },
    byMonth: {
      type: 'array',
      items: {
        type: 'object',
        properties: { month: { type: 'integer' }, signed: countValue, shipped: countValue, signedToDate: countValue, shippedToDate: countValue },
      },
    },
  },
} as const;
