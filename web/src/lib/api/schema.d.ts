// Generated from the API's OpenAPI document by `npm run web:api-types`; do not edit by hand.
export interface paths {
    "/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["HealthController_ready"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/health/live": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["HealthController_live"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/auth/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["AuthController_login"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/auth/refresh": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["AuthController_refresh"];
        delete: operations["AuthController_logout"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/auth/password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["AuthController_changePassword"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/auth/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["AuthController_me"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["UsersController_list"];
        put?: never;
        post: operations["UsersController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/users/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["UsersController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch: operations["UsersController_update"];
        trace?: never;
    };
    "/v1/fairs/{fairId}/outcomes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["OutcomesController_forFair"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/outcomes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["OutcomesController_rollup"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/outcomes/series/{series}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["OutcomesController_series"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/fairs/{fairId}/outcomes/report.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["OutcomeReportsController_reportXlsx"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/fairs/{fairId}/outcomes/report.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["OutcomeReportsController_reportCsv"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/outcomes/report.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["OutcomeReportsController_yearlyXlsx"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/outcomes/report.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["OutcomeReportsController_yearlyCsv"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/companies": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["CompaniesController_list"];
        put?: never;
        post: operations["CompaniesController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/companies/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["CompaniesController_get"];
        put?: never;
        post?: never;
        delete: operations["CompaniesController_remove"];
        options?: never;
        head?: never;
        patch: operations["CompaniesController_update"];
        trace?: never;
    };
    "/v1/fairs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["FairsController_list"];
        put?: never;
        post: operations["FairsController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/fairs/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["FairsController_get"];
        put?: never;
        post?: never;
        delete: operations["FairsController_remove"];
        options?: never;
        head?: never;
        patch: operations["FairsController_update"];
        trace?: never;
    };
    "/v1/fairs/{fairId}/participants": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["ParticipantsController_list"];
        put?: never;
        post: operations["ParticipantsController_add"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/fairs/{fairId}/participants/{companyId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["ParticipantsController_get"];
        put?: never;
        post?: never;
        delete: operations["ParticipantsController_remove"];
        options?: never;
        head?: never;
        patch: operations["ParticipantsController_update"];
        trace?: never;
    };
    "/v1/buyers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["BuyersController_list"];
        put?: never;
        post: operations["BuyersController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/buyers/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["BuyersController_get"];
        put?: never;
        post?: never;
        delete: operations["BuyersController_remove"];
        options?: never;
        head?: never;
        patch: operations["BuyersController_update"];
        trace?: never;
    };
    "/v1/buyers/{id}/personal-data": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["BuyersController_exportPersonalData"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/buyers/{id}/erase": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["BuyersController_erasePersonalData"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/exchange-rates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["ExchangeRatesController_list"];
        put?: never;
        post: operations["ExchangeRatesController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/exchange-rates/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["ExchangeRatesController_get"];
        put?: never;
        post?: never;
        delete: operations["ExchangeRatesController_remove"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/consultations/export.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["ConsultationExportsController_xlsx"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/consultations/export.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["ConsultationExportsController_csv"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/consultations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["ConsultationsController_list"];
        put?: never;
        post: operations["ConsultationsController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/consultations/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["ConsultationsController_get"];
        put?: never;
        post?: never;
        delete: operations["ConsultationsController_remove"];
        options?: never;
        head?: never;
        patch: operations["ConsultationsController_update"];
        trace?: never;
    };
    "/v1/contracts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["ContractsController_list"];
        put?: never;
        post: operations["ContractsController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/contracts/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["ContractsController_get"];
        put?: never;
        post?: never;
        delete: operations["ContractsController_remove"];
        options?: never;
        head?: never;
        patch: operations["ContractsController_update"];
        trace?: never;
    };
    "/v1/api-keys": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["ApiKeysController_list"];
        put?: never;
        post: operations["ApiKeysController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/api-keys/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["ApiKeysController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/api-keys/{id}/revoke": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["ApiKeysController_revoke"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/api-keys/{id}/rotate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["ApiKeysController_rotate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/audit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["AuditController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/categories": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["CategoriesController_list"];
        put?: never;
        post: operations["CategoriesController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/companies/{id}/profile": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["ProfilesController_company"];
        put: operations["ProfilesController_putCompany"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/buyers/{id}/profile": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["ProfilesController_buyer"];
        put: operations["ProfilesController_putBuyer"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/interpreters": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["InterpretersController_list"];
        put?: never;
        post: operations["InterpretersController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/interpreters/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["InterpretersController_get"];
        put?: never;
        post?: never;
        delete: operations["InterpretersController_remove"];
        options?: never;
        head?: never;
        patch: operations["InterpretersController_update"];
        trace?: never;
    };
    "/v1/fairs/{fairId}/meeting-sessions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["SessionsController_list"];
        put?: never;
        post: operations["SessionsController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/fairs/{fairId}/meeting-sessions/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete: operations["SessionsController_remove"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/fairs/{fairId}/meetings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["MeetingsController_list"];
        put?: never;
        post: operations["MeetingsController_request"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/fairs/{fairId}/meetings/calendar.ics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["MeetingsController_calendar"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/fairs/{fairId}/meetings/schedule": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["MeetingsController_schedule"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/fairs/{fairId}/meetings/schedule/{runId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["MeetingsController_run"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/fairs/{fairId}/meetings/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["MeetingsController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/fairs/{fairId}/meetings/{id}/schedule": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["MeetingsController_place"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/fairs/{fairId}/meetings/{id}/consultation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["MeetingsController_consultation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/fairs/{fairId}/meetings/{id}/{step}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["MeetingsController_step"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/fairs/{fairId}/matches": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["MatchesController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/imports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["ImportsController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/imports/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["ImportsController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/imports/{id}/errors.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["ImportsController_errors"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/webhooks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["WebhooksController_list"];
        put?: never;
        post: operations["WebhooksController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/webhooks/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["WebhooksController_get"];
        put?: never;
        post?: never;
        delete: operations["WebhooksController_remove"];
        options?: never;
        head?: never;
        patch: operations["WebhooksController_update"];
        trace?: never;
    };
    "/v1/webhooks/{id}/rotate-secret": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["WebhooksController_rotateSecret"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/webhooks/{id}/deliveries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["WebhookDeliveriesController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/webhooks/{id}/deliveries/{deliveryId}/redeliver": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["WebhookDeliveriesController_redeliver"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/webhooks/{id}/redeliver-failed": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["WebhookDeliveriesController_redeliverFailed"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/webhooks/{id}/test": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["WebhookDeliveriesController_sendTest"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        LoginDto: {
            /** @example manager@wonju.demo */
            email: string;
            /** @example pavilion-demo */
            password: string;
        };
        TokenDto: {
            /** @description JWT (HS256); send as `Authorization: Bearer <token>` */
            accessToken: string;
            /** @enum {string} */
            tokenType: "Bearer";
            /**
             * @description Seconds until the token expires
             * @example 3600
             */
            expiresIn: number;
        };
        ChangePasswordDto: {
            currentPassword: string;
            newPassword: string;
        };
        UserDto: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            agencyId: string;
            /** @example staff@wonju.demo */
            email: string;
            /** @example Kim Min-ji */
            name: string | null;
            /** @enum {string} */
            role: "staff" | "manager" | "admin";
            /** @description Disabled users cannot sign in and their tokens stop working */
            disabled: boolean;
            /** Format: date-time */
            lastLoginAt: string | null;
            /** @description Increments on every change; send it back in If-Match */
            version: number;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
        };
        UserPageDto: {
            data: components["schemas"]["UserDto"][];
            /** @description Pass as `cursor` for the next page; null on the last */
            nextCursor: string | null;
        };
        CreateUserDto: {
            /** @example kim.minji@wonju.example */
            email: string;
            password: string;
            /** @enum {string} */
            role: "staff" | "manager" | "admin";
            /** @example Kim Min-ji */
            name?: string;
        };
        UpdateUserDto: {
            /** @enum {string} */
            role?: "staff" | "manager" | "admin";
            /** @description true disables the user (sign-in and existing tokens stop working) */
            disabled?: boolean;
            name?: string;
        };
        FairSummaryDto: {
            /** @example CMEF 2017 */
            name: string;
            /** @example cmef */
            series: string;
            /** @example 2017 */
            year: number;
            /** @example CN */
            country: string;
            /** @example trade_fair */
            kind: string;
            /** @example 2017-05-15 */
            startsOn: string;
            /** @example 2017-05-18 */
            endsOn: string;
        };
        CountValueDto: {
            /** @example 360 */
            count: number;
            /**
             * @description USD, exact
             * @example 10450000.00
             */
            valueUsd: string;
        };
        ContractTotalsDto: {
            /** @description 체결 */
            signed: components["schemas"]["CountValueDto"];
            /** @description 계약추진 */
            expected: components["schemas"]["CountValueDto"];
        };
        MeetingCountsDto: {
            /** @example 40 */
            requested: number;
            /** @example 31 */
            held: number;
            /** @example 3 */
            noShow: number;
        };
        HomeCurrencyDto: {
            /** @example KRW */
            currency: string;
            /**
             * @description Units per USD pinned for the fair
             * @example 1130.000000
             */
            rate: string | null;
            /**
             * @description Date of the pinned rate
             * @example 2017-05-01
             */
            rateDate: string | null;
            /** @description Consultation value in the home currency; null without a rate */
            consultationsValue: string | null;
            signedValue: string | null;
            expectedValue: string | null;
        };
        CompanyOutcomeDto: {
            consultations: components["schemas"]["CountValueDto"];
            contracts: components["schemas"]["ContractTotalsDto"];
            /** Format: uuid */
            companyId: string;
            companyName: string;
            /**
             * @description The name in local script (e.g. Korean), where the company has one
             * @example 원주메디칼
             */
            companyLocalName: string | null;
            meetings: components["schemas"]["MeetingCountsDto"];
        };
        CountryOutcomeDto: {
            consultations: components["schemas"]["CountValueDto"];
            contracts: components["schemas"]["ContractTotalsDto"];
            /** @example CN */
            country: string;
        };
        DayOutcomeDto: {
            consultations: components["schemas"]["CountValueDto"];
            contracts: components["schemas"]["ContractTotalsDto"];
            /**
             * @description Fair-local day (consultations) or signing day (contracts)
             * @example 2017-05-15
             */
            date: string;
        };
        FairOutcomeDto: {
            /** Format: uuid */
            fairId: string;
            fair: components["schemas"]["FairSummaryDto"];
            consultations: components["schemas"]["CountValueDto"];
            contracts: components["schemas"]["ContractTotalsDto"];
            /**
             * @description Exhibiting companies
             * @example 7
             */
            companies: number;
            /**
             * @description Distinct linked buyers
             * @example 120
             */
            buyers: number;
            /**
             * @description Distinct buyer countries
             * @example 14
             */
            countries: number;
            meetings: components["schemas"]["MeetingCountsDto"];
            /**
             * @description Signed contracts per consultation
             * @example 0.1056
             */
            conversion: string | null;
            home: components["schemas"]["HomeCurrencyDto"];
            /**
             * Format: date-time
             * @description When the worker last computed it
             */
            computedAt: string | null;
            /** @description A write is not yet reflected; a refresh is on its way */
            stale: boolean;
            byCompany: components["schemas"]["CompanyOutcomeDto"][];
            byCountry: components["schemas"]["CountryOutcomeDto"][];
            byDay: components["schemas"]["DayOutcomeDto"][];
        };
        OutcomeTotalsDto: {
            /** Format: uuid */
            fairId: string;
            fair: components["schemas"]["FairSummaryDto"];
            consultations: components["schemas"]["CountValueDto"];
            contracts: components["schemas"]["ContractTotalsDto"];
            /**
             * @description Exhibiting companies
             * @example 7
             */
            companies: number;
            /**
             * @description Distinct linked buyers
             * @example 120
             */
            buyers: number;
            /**
             * @description Distinct buyer countries
             * @example 14
             */
            countries: number;
            meetings: components["schemas"]["MeetingCountsDto"];
            /**
             * @description Signed contracts per consultation
             * @example 0.1056
             */
            conversion: string | null;
            home: components["schemas"]["HomeCurrencyDto"];
            /**
             * Format: date-time
             * @description When the worker last computed it
             */
            computedAt: string | null;
            /** @description A write is not yet reflected; a refresh is on its way */
            stale: boolean;
        };
        GrandTotalDto: {
            fairs: number;
            consultations: components["schemas"]["CountValueDto"];
            contracts: components["schemas"]["ContractTotalsDto"];
            /** @description Sum of exhibiting companies over the fairs (a company at two fairs counts twice) */
            companyParticipations: number;
        };
        OutcomeRollupDto: {
            data: components["schemas"]["OutcomeTotalsDto"][];
            total: components["schemas"]["GrandTotalDto"];
        };
        SeriesYearDto: {
            year: number;
            total: components["schemas"]["GrandTotalDto"];
        };
        SeriesOutcomeDto: {
            /** @example cmef */
            series: string;
            /** @description Each edition, oldest first */
            editions: components["schemas"]["OutcomeTotalsDto"][];
            /** @description Totals per year (a year may hold several editions) */
            years: components["schemas"]["SeriesYearDto"][];
        };
        CompanyDto: {
            /** Format: uuid */
            id: string;
            name: string;
            localName: string | null;
            registrationNumber: string | null;
            region: string | null;
            productCategories: string[];
            certifications: string[];
            website: string | null;
            /** @description Personal data: absent for API keys without the buyers:pii scope */
            contactName?: string | null;
            /** @description Personal data: absent for API keys without the buyers:pii scope */
            contactEmail?: string | null;
            /** @description Personal data: absent for API keys without the buyers:pii scope */
            contactPhone?: string | null;
            version: number;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
        };
        CompanyPageDto: {
            data: components["schemas"]["CompanyDto"][];
            nextCursor: string | null;
        };
        CreateCompanyDto: {
            /** @example Wonju Medical Devices Co., Ltd. */
            name: string;
            /**
             * @description Name in local script
             * @example 원주메디칼
             */
            localName?: string;
            /**
             * @description Business registration number, unique in the agency
             * @example 224-81-12345
             */
            registrationNumber?: string;
            /** @example Gangwon */
            region?: string;
            /**
             * @example [
             *       "patient monitoring",
             *       "diagnostic imaging"
             *     ]
             */
            productCategories?: string[];
            /**
             * @example [
             *       "CE",
             *       "FDA",
             *       "MFDS"
             *     ]
             */
            certifications?: string[];
            /** @example https://wonju-medical.example */
            website?: string;
            /** @example Lee Seo-yeon */
            contactName?: string;
            /** @example export@wonju-medical.example */
            contactEmail?: string;
            /** @example +82 33 123 4567 */
            contactPhone?: string;
        };
        UpdateCompanyDto: {
            /** @example Wonju Medical Devices Co., Ltd. */
            name?: string;
            /**
             * @description Name in local script
             * @example 원주메디칼
             */
            localName?: string;
            /**
             * @description Business registration number, unique in the agency
             * @example 224-81-12345
             */
            registrationNumber?: string;
            /** @example Gangwon */
            region?: string;
            /**
             * @example [
             *       "patient monitoring",
             *       "diagnostic imaging"
             *     ]
             */
            productCategories?: string[];
            /**
             * @example [
             *       "CE",
             *       "FDA",
             *       "MFDS"
             *     ]
             */
            certifications?: string[];
            /** @example https://wonju-medical.example */
            website?: string;
            /** @example Lee Seo-yeon */
            contactName?: string;
            /** @example export@wonju-medical.example */
            contactEmail?: string;
            /** @example +82 33 123 4567 */
            contactPhone?: string;
        };
        FairDto: {
            /** Format: uuid */
            id: string;
            /** @example cmef */
            series: string;
            /** @example CMEF 2017 */
            name: string;
            /** @example 2017 */
            year: number;
            /** @example Shanghai */
            city: string;
            /** @example CN */
            country: string;
            venue: string | null;
            /**
             * Format: date
             * @example 2017-05-15
             */
            startsOn: string;
            /**
             * Format: date
             * @example 2017-05-18
             */
            endsOn: string;
            /** @example Asia/Shanghai */
            timezone: string;
            /** @enum {string} */
            kind: "trade_fair" | "consultation_meeting" | "trade_mission";
            version: number;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
        };
        FairPageDto: {
            data: components["schemas"]["FairDto"][];
            nextCursor: string | null;
        };
        CreateFairDto: {
            /**
             * @description Slug of the series: lower-case words joined by hyphens
             * @example cmef
             */
            series: string;
            /** @example CMEF 2017 */
            name: string;
            /** @example 2017 */
            year: number;
            /** @example Shanghai */
            city: string;
            /**
             * @description ISO 3166-1 alpha-2
             * @example CN
             */
            country: string;
            /** @example National Exhibition and Convention Center */
            venue?: string | null;
            /**
             * Format: date
             * @example 2017-05-15
             */
            startsOn: string;
            /**
             * Format: date
             * @description On or after startsOn
             * @example 2017-05-18
             */
            endsOn: string;
            /**
             * @description IANA time zone of the venue: decides consultations' fair-local date
             * @example Asia/Shanghai
             */
            timezone: string;
            /**
             * @default trade_fair
             * @enum {string}
             */
            kind: "trade_fair" | "consultation_meeting" | "trade_mission";
        };
        UpdateFairDto: {
            /**
             * @description Slug of the series: lower-case words joined by hyphens
             * @example cmef
             */
            series?: string;
            /** @example CMEF 2017 */
            name?: string;
            /** @example 2017 */
            year?: number;
            /** @example Shanghai */
            city?: string;
            /**
             * @description ISO 3166-1 alpha-2
             * @example CN
             */
            country?: string;
            /** @example National Exhibition and Convention Center */
            venue?: string | null;
            /**
             * Format: date
             * @example 2017-05-15
             */
            startsOn?: string;
            /**
             * Format: date
             * @description On or after startsOn
             * @example 2017-05-18
             */
            endsOn?: string;
            /**
             * @description IANA time zone of the venue: decides consultations' fair-local date
             * @example Asia/Shanghai
             */
            timezone?: string;
            /**
             * @default trade_fair
             * @enum {string}
             */
            kind: "trade_fair" | "consultation_meeting" | "trade_mission";
        };
        ParticipantDto: {
            /** Format: uuid */
            fairId: string;
            /** Format: uuid */
            companyId: string;
            companyName: string;
            booth: string | null;
            version: number;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
        };
        ParticipantPageDto: {
            data: components["schemas"]["ParticipantDto"][];
            nextCursor: string | null;
        };
        AddParticipantDto: {
            /**
             * Format: uuid
             * @description A company of your agency
             */
            companyId: string;
            /** @example Hall 7, K21 */
            booth?: string | null;
        };
        UpdateParticipantDto: {
            /** @example Hall 7, K21 */
            booth?: string | null;
        };
        BuyerDto: {
            /** Format: uuid */
            id: string;
            organisation: string;
            /** @description Personal data: absent for API keys without the buyers:pii scope */
            contactName?: string | null;
            /**
             * Format: email
             * @description Personal data: absent for API keys without the buyers:pii scope; lower-case
             */
            email?: string | null;
            /** @description Personal data: absent for API keys without the buyers:pii scope */
            phone?: string | null;
            /**
             * @description ISO 3166-1 alpha-2
             * @example DE
             */
            country: string;
            /** @enum {string|null} */
            buyerType: "distributor" | "importer" | "hospital" | "clinic" | "government_procurement" | "manufacturer" | "retailer" | "other" | null;
            version: number;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
        };
        BuyerPageDto: {
            data: components["schemas"]["BuyerDto"][];
            nextCursor: string | null;
        };
        CreateBuyerDto: {
            /** @example Charité Medical Supplies GmbH */
            organisation: string;
            /**
             * @description Personal data
             * @example Anna Schmidt
             */
            contactName?: string;
            /**
             * @description Personal data; stored lower-case and unique in the agency
             * @example a.schmidt@charite-supplies.example
             */
            email?: string;
            /**
             * @description Personal data
             * @example +49 30 1234 5678
             */
            phone?: string;
            /**
             * @description ISO 3166-1 alpha-2 country code
             * @example DE
             */
            country: string;
            /** @enum {string} */
            buyerType?: "distributor" | "importer" | "hospital" | "clinic" | "government_procurement" | "manufacturer" | "retailer" | "other";
        };
        MoneyView: {
            /** @example 125000.00 */
            amount: string;
            /** @example USD */
            currency: string;
        };
        AppliedRateDto: {
            /** @example 1360.000000 */
            unitsPerUsd: string;
            /** @example 2017-05-15 */
            date: string;
        };
        ConsultationDto: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            fairId: string;
            /** Format: uuid */
            companyId: string;
            /** Format: uuid */
            buyerId: string | null;
            /** @example CN */
            buyerCountry: string;
            /** Format: date-time */
            occurredAt: string;
            /**
             * @description Date in the fair's time zone
             * @example 2017-05-15
             */
            localDate: string;
            /** @enum {string} */
            type: "booth" | "interpreted";
            interpreterUsed: boolean;
            productInterest: string | null;
            quantity: number | null;
            unitPrice: components["schemas"]["MoneyView"] | null;
            estimatedValue: components["schemas"]["MoneyView"] | null;
            /**
             * @description estimatedValue in USD, frozen at write time
             * @example 125000.00
             */
            estimatedValueUsd: string | null;
            /** @description The rate used; null for USD */
            exchangeRate: components["schemas"]["AppliedRateDto"] | null;
            /** @enum {string} */
            stage: "consulted" | "follow_up" | "negotiating" | "won" | "lost";
            notes: string | null;
            /**
             * Format: uuid
             * @description The user who logged it
             */
            loggedBy: string;
            version: number;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
        };
        ContractDto: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            fairId: string;
            /** Format: uuid */
            companyId: string;
            /** Format: uuid */
            buyerId: string | null;
            /** @example CN */
            buyerCountry: string;
            /** Format: uuid */
            consultationId: string | null;
            /** @enum {string} */
            status: "expected" | "signed" | "cancelled";
            /** @example 2017-05-17 */
            signedOn: string | null;
            /** @description Signed during the fair (true) or after (false) */
            onSite: boolean | null;
            value: components["schemas"]["MoneyView"];
            /**
             * @description value in USD, frozen at write time
             * @example 3090000.00
             */
            valueUsd: string;
            /** @description The rate used; null for USD */
            exchangeRate: components["schemas"]["AppliedRateDto"] | null;
            notes: string | null;
            /** Format: uuid */
            createdBy: string;
            version: number;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
        };
        AuditActorDto: {
            /** @enum {string} */
            type: "user" | "api_key" | "system";
            /** Format: uuid */
            id: string | null;
        };
        AuditEntryDto: {
            /** @description Increasing with time */
            id: string;
            /** Format: date-time */
            at: string;
            actor: components["schemas"]["AuditActorDto"];
            /** @enum {string} */
            action: "create" | "update" | "delete";
            /** @example consultations */
            entity: string;
            /** Format: uuid */
            recordId: string;
            /** @description Changed fields before the write; personal data as "(personal data)" */
            before: {
                [key: string]: unknown;
            };
            /** @description Changed fields after the write */
            after: {
                [key: string]: unknown;
            };
        };
        BuyerPersonalDataDto: {
            /** Format: date-time */
            exportedAt: string;
            buyer: components["schemas"]["BuyerDto"];
            /** Format: date-time */
            buyerDeletedAt: string | null;
            consultations: components["schemas"]["ConsultationDto"][];
            contracts: components["schemas"]["ContractDto"][];
            /** @description Writes to the buyer record; personal data is never kept in the log */
            history: components["schemas"]["AuditEntryDto"][];
        };
        UpdateBuyerDto: {
            /** @example Charité Medical Supplies GmbH */
            organisation?: string;
            /**
             * @description Personal data
             * @example Anna Schmidt
             */
            contactName?: string;
            /**
             * @description Personal data; stored lower-case and unique in the agency
             * @example a.schmidt@charite-supplies.example
             */
            email?: string;
            /**
             * @description Personal data
             * @example +49 30 1234 5678
             */
            phone?: string;
            /**
             * @description ISO 3166-1 alpha-2 country code
             * @example DE
             */
            country?: string;
            /** @enum {string} */
            buyerType?: "distributor" | "importer" | "hospital" | "clinic" | "government_procurement" | "manufacturer" | "retailer" | "other";
        };
        ExchangeRateDto: {
            /** Format: uuid */
            id: string;
            /** @example KRW */
            currency: string;
            /** @example 2017-05-15 */
            date: string;
            /** @example 1360.000000 */
            unitsPerUsd: string;
            /** Format: date-time */
            createdAt: string;
        };
        ExchangeRatePageDto: {
            data: components["schemas"]["ExchangeRateDto"][];
            nextCursor: string | null;
        };
        CreateExchangeRateDto: {
            /** @example KRW */
            currency: string;
            /**
             * @description The rate applies from this date until a later one
             * @example 2017-05-15
             */
            date: string;
            /**
             * @description Units of the currency per US dollar: a positive decimal string, up to 6 decimals
             * @example 1360.00
             */
            unitsPerUsd: string;
        };
        ConsultationPageDto: {
            data: components["schemas"]["ConsultationDto"][];
            nextCursor: string | null;
        };
        MoneyDto: {
            /**
             * @description Decimal string, at most 2 decimals, not negative
             * @example 125000.00
             */
            amount: string;
            /**
             * @description ISO 4217 currency code
             * @example USD
             */
            currency: string;
        };
        CreateConsultationDto: {
            /** Format: uuid */
            fairId: string;
            /**
             * Format: uuid
             * @description Must exhibit at the fair
             */
            companyId: string;
            /** Format: uuid */
            buyerId?: string;
            /**
             * @description ISO 3166-1 alpha-2; required without buyerId, else taken from the buyer
             * @example CN
             */
            buyerCountry?: string;
            /**
             * Format: date-time
             * @description Defaults to now; must fall within the fair's dates in its time zone, ± 1 day
             * @example 2017-05-15T02:30:00Z
             */
            occurredAt?: string;
            /**
             * @default booth
             * @enum {string}
             */
            type: "booth" | "interpreted";
            /** @description Same as type "interpreted" (true) or "booth" (false) */
            interpreterUsed?: boolean;
            /** @example Portable ultrasound scanner */
            productInterest?: string;
            /** @example 20 */
            quantity?: number;
            unitPrice?: components["schemas"]["MoneyDto"];
            /** @description Estimated deal value; omitted when unknown (counts as zero) */
            estimatedValue?: components["schemas"]["MoneyDto"];
            /**
             * @default consulted
             * @enum {string}
             */
            stage: "consulted" | "follow_up" | "negotiating" | "won" | "lost";
            notes?: string;
        };
        UpdateConsultationDto: {
            /**
             * Format: uuid
             * @description Must exhibit at the fair
             */
            companyId?: string;
            /** Format: uuid */
            buyerId?: string;
            /**
             * @description ISO 3166-1 alpha-2; required without buyerId, else taken from the buyer
             * @example CN
             */
            buyerCountry?: string;
            /**
             * Format: date-time
             * @description Defaults to now; must fall within the fair's dates in its time zone, ± 1 day
             * @example 2017-05-15T02:30:00Z
             */
            occurredAt?: string;
            /**
             * @default booth
             * @enum {string}
             */
            type: "booth" | "interpreted";
            /** @description Same as type "interpreted" (true) or "booth" (false) */
            interpreterUsed?: boolean;
            /** @example Portable ultrasound scanner */
            productInterest?: string;
            /** @example 20 */
            quantity?: number;
            unitPrice?: components["schemas"]["MoneyDto"];
            /** @description Estimated deal value; omitted when unknown (counts as zero) */
            estimatedValue?: components["schemas"]["MoneyDto"];
            /**
             * @default consulted
             * @enum {string}
             */
            stage: "consulted" | "follow_up" | "negotiating" | "won" | "lost";
            notes?: string;
        };
        ContractPageDto: {
            data: components["schemas"]["ContractDto"][];
            nextCursor: string | null;
        };
        CreateContractDto: {
            /** Format: uuid */
            fairId: string;
            /**
             * Format: uuid
             * @description Must exhibit at the fair
             */
            companyId: string;
            /** Format: uuid */
            buyerId?: string;
            /**
             * @description ISO 3166-1 alpha-2; required without buyerId, else taken from the buyer
             * @example CN
             */
            buyerCountry?: string;
            /**
             * Format: uuid
             * @description The consultation it grew from: same fair and company
             */
            consultationId?: string;
            /**
             * @description expected = 계약추진, signed = 체결
             * @enum {string}
             */
            status: "expected" | "signed" | "cancelled";
            /**
             * @description Required when status is signed
             * @example 2017-05-17
             */
            signedOn?: string;
            /** @description Signed during the fair; defaults to whether signedOn lies within the fair's dates */
            onSite?: boolean;
            value: components["schemas"]["MoneyDto"];
            notes?: string;
        };
        UpdateContractDto: {
            /**
             * Format: uuid
             * @description Must exhibit at the fair
             */
            companyId?: string;
            /** Format: uuid */
            buyerId?: string;
            /**
             * @description ISO 3166-1 alpha-2; required without buyerId, else taken from the buyer
             * @example CN
             */
            buyerCountry?: string;
            /**
             * Format: uuid
             * @description The consultation it grew from: same fair and company
             */
            consultationId?: string;
            /**
             * @description expected = 계약추진, signed = 체결
             * @enum {string}
             */
            status?: "expected" | "signed" | "cancelled";
            /**
             * @description Required when status is signed
             * @example 2017-05-17
             */
            signedOn?: string;
            /** @description Signed during the fair; defaults to whether signedOn lies within the fair's dates */
            onSite?: boolean;
            value?: components["schemas"]["MoneyDto"];
            notes?: string;
        };
        ApiKeyDto: {
            /** Format: uuid */
            id: string;
            name: string;
            /**
             * @description Identifies the key in lists and logs; not a secret
             * @example pvk_1a2b3c4d
             */
            prefix: string;
            scopes: ("fairs:read" | "outcomes:read" | "consultations:read" | "contracts:read" | "companies:read" | "buyers:read" | "buyers:pii")[];
            fairIds: string[] | null;
            /** Format: date-time */
            expiresAt: string | null;
            /** Format: date-time */
            revokedAt: string | null;
            /**
             * Format: date-time
             * @description To the minute
             */
            lastUsedAt: string | null;
            version: number;
            /** Format: date-time */
            createdAt: string;
        };
        ApiKeyPageDto: {
            data: components["schemas"]["ApiKeyDto"][];
            nextCursor: string | null;
        };
        CreateApiKeyDto: {
            /**
             * @description The partner the key is for
             * @example KOTRA Frankfurt
             */
            name: string;
            /**
             * @example [
             *       "fairs:read",
             *       "outcomes:read"
             *     ]
             */
            scopes: ("fairs:read" | "outcomes:read" | "consultations:read" | "contracts:read" | "companies:read" | "buyers:read" | "buyers:pii")[];
            /** @description Limit the key to these fairs; omit for every fair */
            fairIds?: string[];
            /**
             * Format: date-time
             * @description When the key stops working; omit for no expiry
             */
            expiresAt?: string;
        };
        ApiKeyWithSecretDto: {
            /** Format: uuid */
            id: string;
            name: string;
            /**
             * @description Identifies the key in lists and logs; not a secret
             * @example pvk_1a2b3c4d
             */
            prefix: string;
            scopes: ("fairs:read" | "outcomes:read" | "consultations:read" | "contracts:read" | "companies:read" | "buyers:read" | "buyers:pii")[];
            fairIds: string[] | null;
            /** Format: date-time */
            expiresAt: string | null;
            /** Format: date-time */
            revokedAt: string | null;
            /**
             * Format: date-time
             * @description To the minute
             */
            lastUsedAt: string | null;
            version: number;
            /** Format: date-time */
            createdAt: string;
            /**
             * @description Send as the X-API-Key header. Shown once
             * @example pvk_1a2b3c4d_…
             */
            secret: string;
        };
        AuditPageDto: {
            data: components["schemas"]["AuditEntryDto"][];
            nextCursor: string | null;
        };
        CategoryDto: {
            /** @example diagnostic-imaging */
            slug: string;
            /** @example Diagnostic imaging */
            name: string;
        };
        CategoryListDto: {
            data: components["schemas"]["CategoryDto"][];
        };
        CreateCategoryDto: {
            /**
             * @description Lower-case words joined by hyphens
             * @example ophthalmology
             */
            slug: string;
            /** @example Ophthalmology */
            name: string;
        };
        CompanyProfileDto: {
            /** Format: uuid */
            companyId: string;
            categories: string[];
            certifications: string[];
            targetMarkets: string[];
            /** @description 0 until the profile is first written */
            version: number;
        };
        PutCompanyProfileDto: {
            /**
             * @description Slugs from GET /v1/categories
             * @example [
             *       "patient-monitoring"
             *     ]
             */
            categories: string[];
            /**
             * @example [
             *       "CE",
             *       "MFDS"
             *     ]
             */
            certifications: string[];
            /**
             * @description ISO 3166-1 alpha-2 countries the company sells to
             * @example [
             *       "VN",
             *       "DE"
             *     ]
             */
            targetMarkets: string[];
        };
        BuyerProfileDto: {
            /** Format: uuid */
            buyerId: string;
            categories: string[];
            requiredCertifications: string[];
            /** @description 0 until the profile is first written */
            version: number;
        };
        PutBuyerProfileDto: {
            /**
             * @description Slugs from GET /v1/categories
             * @example [
             *       "patient-monitoring"
             *     ]
             */
            categories: string[];
            /**
             * @description Certifications the buyer requires, beyond what its market needs
             * @example [
             *       "CE"
             *     ]
             */
            requiredCertifications: string[];
        };
        InterpreterDto: {
            /** Format: uuid */
            id: string;
            name: string;
            languages: string[];
            version: number;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
        };
        InterpreterPageDto: {
            data: components["schemas"]["InterpreterDto"][];
            nextCursor?: string | null;
        };
        CreateInterpreterDto: {
            /** @example Kim Min-ji */
            name: string;
            /**
             * @description ISO 639-1 codes of the languages interpreted (to and from Korean)
             * @example [
             *       "en",
             *       "ar"
             *     ]
             */
            languages: string[];
        };
        UpdateInterpreterDto: {
            /** @example Kim Min-ji */
            name?: string;
            /**
             * @description ISO 639-1 codes of the languages interpreted (to and from Korean)
             * @example [
             *       "en",
             *       "ar"
             *     ]
             */
            languages?: string[];
        };
        SessionDto: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            fairId: string;
            /** @example 2026-05-15 */
            date: string;
            /** @example 09:00 */
            startTime: string;
            /** @example 17:00 */
            endTime: string;
            /** @example Asia/Shanghai */
            timezone: string;
            /** Format: date-time */
            startsAt: string;
            /** Format: date-time */
            endsAt: string;
            slotMinutes: number;
            tables: number;
            version: number;
        };
        SessionListDto: {
            data: components["schemas"]["SessionDto"][];
        };
        CreateSessionDto: {
            /**
             * @description A day of the fair, in the fair's time zone
             * @example 2026-05-15
             */
            date: string;
            /**
             * @description Local start (HH:MM, minutes a multiple of 5)
             * @example 09:00
             */
            startTime: string;
            /**
             * @description Local end; at or before startTime means the next day (a session past midnight)
             * @example 17:00
             */
            endTime: string;
            /**
             * @description Slot length in minutes, a multiple of 5
             * @example 20
             */
            slotMinutes: number;
            /**
             * @description Meeting tables (or booths) running in parallel
             * @example 10
             */
            tables: number;
        };
        MeetingDto: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            fairId: string;
            /** Format: uuid */
            companyId: string;
            /** Format: uuid */
            buyerId: string;
            /** @enum {string} */
            status: "requested" | "accepted" | "declined" | "scheduled" | "held" | "no_show" | "cancelled";
            language: string | null;
            /** Format: uuid */
            interpreterId: string | null;
            /** Format: uuid */
            sessionId: string | null;
            tableNumber: number | null;
            /** Format: date-time */
            startsAt: string | null;
            /** Format: date-time */
            endsAt: string | null;
            /**
             * Format: uuid
             * @description The consultation a held meeting became
             */
            consultationId: string | null;
            notes: string | null;
            /** Format: uuid */
            requestedBy: string;
            version: number;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
        };
        MeetingPageDto: {
            data: components["schemas"]["MeetingDto"][];
            nextCursor: string | null;
        };
        RequestMeetingDto: {
            /**
             * Format: uuid
             * @description An exhibitor of the fair
             */
            companyId: string;
            /** Format: uuid */
            buyerId: string;
            /**
             * @description ISO 639-1 language the meeting needs an interpreter for
             * @example ar
             */
            language?: string;
            notes?: string;
        };
        UnplacedMeetingDto: {
            /** Format: uuid */
            meetingId: string;
            /** @enum {string} */
            reason: "no_session" | "no_interpreter_for_language" | "company_fully_booked" | "buyer_fully_booked" | "no_common_free_slot" | "no_free_table" | "no_free_interpreter" | "taken_meanwhile";
        };
        ScheduleRunResult: {
            /** @description Accepted meetings without a slot when the run started */
            requests: number;
            placed: number;
            unplaced: components["schemas"]["UnplacedMeetingDto"][];
            /** @description Milliseconds the scheduling algorithm ran */
            elapsedMs: number;
        };
        ScheduleRunDto: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            fairId: string;
            /** @enum {string} */
            status: "queued" | "running" | "completed" | "failed";
            /** @description Percent done */
            progress: number;
            result: components["schemas"]["ScheduleRunResult"] | null;
            error: string | null;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            finishedAt: string | null;
        };
        ScheduleMeetingDto: {
            /** Format: uuid */
            sessionId: string;
            /**
             * Format: date-time
             * @description Start of one of the session's slots
             */
            startsAt: string;
            /**
             * @description Table (or booth) number, 1 to the session's tables
             * @example 3
             */
            tableNumber: number;
            /**
             * Format: uuid
             * @description Required when the meeting needs a language
             */
            interpreterId?: string;
        };
        MatchReasonDto: {
            /** @enum {string} */
            kind: "sharedCategory" | "targetMarket" | "certification" | "missingCertification" | "earlierConsultations" | "earlierContracts";
            /** @description Points this reason adds (negative: takes off) */
            points: number;
            category?: string;
            country?: string;
            certification?: string;
            count?: number;
        };
        MatchDto: {
            /** Format: uuid */
            companyId: string;
            companyName: string;
            /** Format: uuid */
            buyerId: string;
            buyerOrganisation: string;
            /** @example DE */
            buyerCountry: string;
            buyerType: string | null;
            score: number;
            reasons: components["schemas"]["MatchReasonDto"][];
        };
        MatchListDto: {
            data: components["schemas"]["MatchDto"][];
        };
        ImportRowsDto: {
            /** @description Data rows in the file (header excluded), once counted */
            total: number | null;
            /** @description Rows committed so far (the checkpoint) */
            processed: number;
            /** @description Records created (dry run: that would be created) */
            created: number;
            /** @description Rows skipped because the fair already has them (same row id or content) */
            duplicates: number;
            /** @description Rows rejected; see errorsUrl */
            rejected: number;
        };
        IgnoredColumnDto: {
            /** @example Booth no. */
            header: string;
            /**
             * @description Why the import skipped it: 'unknown column', 'not in the mapping', or why Pavilion's own export column is not imported
             * @example unknown column
             */
            reason: string;
        };
        ImportDto: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            fairId: string;
            /** @enum {string} */
            kind: "consultations" | "contracts";
            fileName: string;
            /** @enum {string} */
            format: "csv" | "xlsx";
            /** @example cp949 */
            encoding: string | null;
            dryRun: boolean;
            createMissing: boolean;
            /** @enum {string} */
            state: "queued" | "running" | "completed" | "failed";
            /** @description processed ÷ total, 0 to 1 */
            progress: number;
            rows: components["schemas"]["ImportRowsDto"];
            /** @description Headers of the file that map to no field and were skipped (known once the header row is read) */
            ignoredColumns: components["schemas"]["IgnoredColumnDto"][];
            /** @description Why the whole file failed (not a row error) */
            failure: string | null;
            /** @description CSV of rejected rows: row, column, message */
            errorsUrl: string;
            createdAt: string;
            finishedAt: string | null;
        };
        WebhookDto: {
            /** Format: uuid */
            id: string;
            url: string;
            description: string | null;
            eventTypes: ("fair.created" | "fair.updated" | "fair.deleted" | "participation.created" | "participation.updated" | "participation.deleted" | "company.created" | "company.updated" | "company.deleted" | "buyer.created" | "buyer.updated" | "buyer.deleted" | "consultation.created" | "consultation.updated" | "consultation.deleted" | "contract.created" | "contract.updated" | "contract.deleted" | "contract.signed" | "outcome.updated" | "fair.*" | "participation.*" | "company.*" | "buyer.*" | "consultation.*" | "contract.*" | "outcome.*")[];
            /** @description Null: every fair */
            fairIds: string[] | null;
            scopes: ("fairs:read" | "outcomes:read" | "consultations:read" | "contracts:read" | "companies:read" | "buyers:read" | "buyers:pii")[];
            enabled: boolean;
            /**
             * @description Why it is disabled: by an admin, a 410 answer, or failing for longer than the retry window
             * @example the endpoint answered 410 Gone
             */
            disabledReason: string | null;
            /** Format: date-time */
            disabledAt: string | null;
            /**
             * Format: date-time
             * @description Until then deliveries are signed with the previous secret too
             */
            previousSecretExpiresAt: string | null;
            version: number;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
        };
        WebhookPageDto: {
            data: components["schemas"]["WebhookDto"][];
            nextCursor: string | null;
        };
        CreateWebhookDto: {
            /**
             * @description Where events are POSTed. HTTPS (plain http only in development and tests); the host must resolve to public addresses only
             * @example https://partner.example/pavilion-events
             */
            url: string;
            /**
             * @description Event types to receive; `<record>.*` receives every event of that record. Each needs the scope that reads its record
             * @example [
             *       "consultation.created",
             *       "contract.*",
             *       "outcome.updated"
             *     ]
             */
            eventTypes: ("fair.created" | "fair.updated" | "fair.deleted" | "participation.created" | "participation.updated" | "participation.deleted" | "company.created" | "company.updated" | "company.deleted" | "buyer.created" | "buyer.updated" | "buyer.deleted" | "consultation.created" | "consultation.updated" | "consultation.deleted" | "contract.created" | "contract.updated" | "contract.deleted" | "contract.signed" | "outcome.updated" | "fair.*" | "participation.*" | "company.*" | "buyer.*" | "consultation.*" | "contract.*" | "outcome.*")[];
            /** @description Only events of these fairs (events of companies and buyers belong to none); omit for every fair */
            fairIds?: string[];
            /**
             * @description What the endpoint may hear of, as for an API key with these scopes
             * @example [
             *       "consultations:read",
             *       "contracts:read",
             *       "outcomes:read"
             *     ]
             */
            scopes: ("fairs:read" | "outcomes:read" | "consultations:read" | "contracts:read" | "companies:read" | "buyers:read" | "buyers:pii")[];
            /**
             * @description A disabled endpoint receives nothing
             * @default true
             */
            enabled: boolean;
            /** @example KOTRA Frankfurt CRM */
            description?: string;
        };
        WebhookWithSecretDto: {
            /** Format: uuid */
            id: string;
            url: string;
            description: string | null;
            eventTypes: ("fair.created" | "fair.updated" | "fair.deleted" | "participation.created" | "participation.updated" | "participation.deleted" | "company.created" | "company.updated" | "company.deleted" | "buyer.created" | "buyer.updated" | "buyer.deleted" | "consultation.created" | "consultation.updated" | "consultation.deleted" | "contract.created" | "contract.updated" | "contract.deleted" | "contract.signed" | "outcome.updated" | "fair.*" | "participation.*" | "company.*" | "buyer.*" | "consultation.*" | "contract.*" | "outcome.*")[];
            /** @description Null: every fair */
            fairIds: string[] | null;
            scopes: ("fairs:read" | "outcomes:read" | "consultations:read" | "contracts:read" | "companies:read" | "buyers:read" | "buyers:pii")[];
            enabled: boolean;
            /**
             * @description Why it is disabled: by an admin, a 410 answer, or failing for longer than the retry window
             * @example the endpoint answered 410 Gone
             */
            disabledReason: string | null;
            /** Format: date-time */
            disabledAt: string | null;
            /**
             * Format: date-time
             * @description Until then deliveries are signed with the previous secret too
             */
            previousSecretExpiresAt: string | null;
            version: number;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
            /**
             * @description Standard Webhooks signing secret. Shown once
             * @example whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw
             */
            secret: string;
        };
        UpdateWebhookDto: {
            /**
             * @description Where events are POSTed. HTTPS (plain http only in development and tests); the host must resolve to public addresses only
             * @example https://partner.example/pavilion-events
             */
            url?: string;
            /**
             * @description Event types to receive; `<record>.*` receives every event of that record. Each needs the scope that reads its record
             * @example [
             *       "consultation.created",
             *       "contract.*",
             *       "outcome.updated"
             *     ]
             */
            eventTypes?: ("fair.created" | "fair.updated" | "fair.deleted" | "participation.created" | "participation.updated" | "participation.deleted" | "company.created" | "company.updated" | "company.deleted" | "buyer.created" | "buyer.updated" | "buyer.deleted" | "consultation.created" | "consultation.updated" | "consultation.deleted" | "contract.created" | "contract.updated" | "contract.deleted" | "contract.signed" | "outcome.updated" | "fair.*" | "participation.*" | "company.*" | "buyer.*" | "consultation.*" | "contract.*" | "outcome.*")[];
            /**
             * @description What the endpoint may hear of, as for an API key with these scopes
             * @example [
             *       "consultations:read",
             *       "contracts:read",
             *       "outcomes:read"
             *     ]
             */
            scopes?: ("fairs:read" | "outcomes:read" | "consultations:read" | "contracts:read" | "companies:read" | "buyers:read" | "buyers:pii")[];
            /**
             * @description A disabled endpoint receives nothing
             * @default true
             */
            enabled: boolean;
            /** @description Only events of these fairs; null for every fair */
            fairIds?: string[] | null;
            description?: string | null;
        };
        WebhookAttemptDto: {
            /** Format: date-time */
            at: string;
            /** @description Null when no answer came (see error) */
            statusCode: number | null;
            responseTimeMs: number;
            /** @description The first 1 KB of the answer */
            responseBody: string | null;
            /** @example no answer within 10000 ms */
            error: string | null;
            /**
             * Format: date-time
             * @description When the next attempt was scheduled after this one failed
             */
            retryAt: string | null;
        };
        WebhookDeliveryDto: {
            /** Format: uuid */
            id: string;
            /**
             * Format: uuid
             * @description The `webhook-id` header: receivers deduplicate on it
             */
            eventId: string;
            /** @example consultation.updated */
            eventType: string;
            /**
             * @description `failed`: given up on after the retry window
             * @enum {string}
             */
            status: "pending" | "delivered" | "failed";
            /**
             * Format: date-time
             * @description While pending: not sent before this
             */
            nextAttemptAt: string | null;
            /** Format: date-time */
            deliveredAt: string | null;
            /** Format: date-time */
            createdAt: string;
            /** @description Oldest first */
            attempts: components["schemas"]["WebhookAttemptDto"][];
        };
        WebhookDeliveryPageDto: {
            data: components["schemas"]["WebhookDeliveryDto"][];
            nextCursor: string | null;
        };
        RedeliveredDto: {
            /** @description Deliveries queued again */
            redelivered: number;
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    HealthController_ready: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The Health Check is successful */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @example ok
                         * @enum {string}
                         */
                        status?: "ok" | "degraded";
                        /**
                         * @example {
                         *       "database": {
                         *         "status": "up",
                         *         "responseTime": 12
                         *       }
                         *     }
                         */
                        info?: {
                            [key: string]: {
                                /** @enum {string} */
                                status: "up" | "degraded" | "down";
                                /** @description Time the health indicator took to respond, in ms */
                                responseTime?: number;
                            } & {
                                [key: string]: unknown;
                            };
                        } | null;
                        /** @example {} */
                        error?: {
                            [key: string]: {
                                /** @enum {string} */
                                status: "up" | "degraded" | "down";
                                /** @description Time the health indicator took to respond, in ms */
                                responseTime?: number;
                            } & {
                                [key: string]: unknown;
                            };
                        } | null;
                        /**
                         * @example {
                         *       "database": {
                         *         "status": "up",
                         *         "responseTime": 12
                         *       }
                         *     }
                         */
                        details?: {
                            [key: string]: {
                                /** @enum {string} */
                                status: "up" | "degraded" | "down";
                                /** @description Time the health indicator took to respond, in ms */
                                responseTime?: number;
                            } & {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /**
             * @description A dependency is down; `detail` names it
             *
             *     The Health Check is not successful
             */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @example error
                         * @enum {string}
                         */
                        status?: "error" | "shutting_down";
                        /**
                         * @example {
                         *       "database": {
                         *         "status": "up",
                         *         "responseTime": 12
                         *       }
                         *     }
                         */
                        info?: {
                            [key: string]: {
                                /** @enum {string} */
                                status: "up" | "degraded" | "down";
                                /** @description Time the health indicator took to respond, in ms */
                                responseTime?: number;
                            } & {
                                [key: string]: unknown;
                            };
                        } | null;
                        /**
                         * @example {
                         *       "redis": {
                         *         "status": "down",
                         *         "message": "Could not connect",
                         *         "responseTime": 3005
                         *       }
                         *     }
                         */
                        error?: {
                            [key: string]: {
                                /** @enum {string} */
                                status: "up" | "degraded" | "down";
                                /** @description Time the health indicator took to respond, in ms */
                                responseTime?: number;
                            } & {
                                [key: string]: unknown;
                            };
                        } | null;
                        /**
                         * @example {
                         *       "database": {
                         *         "status": "up",
                         *         "responseTime": 12
                         *       },
                         *       "redis": {
                         *         "status": "down",
                         *         "message": "Could not connect",
                         *         "responseTime": 3005
                         *       }
                         *     }
                         */
                        details?: {
                            [key: string]: {
                                /** @enum {string} */
                                status: "up" | "degraded" | "down";
                                /** @description Time the health indicator took to respond, in ms */
                                responseTime?: number;
                            } & {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
        };
    };
    HealthController_live: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": unknown;
                };
            };
        };
    };
    AuthController_login: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LoginDto"];
            };
        };
        responses: {
            /** @description Also sets the `pavilion_refresh` refresh cookie (HttpOnly, Secure, SameSite=Strict, Path=/v1/auth/refresh) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TokenDto"];
                };
            };
            /** @description Invalid email or password, or the account is disabled */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail?: string;
                        instance?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description Too many failed attempts for the account or address; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail?: string;
                        instance?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
        };
    };
    AuthController_refresh: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A new access token. Also sets the `pavilion_refresh` refresh cookie (HttpOnly, Secure, SameSite=Strict, Path=/v1/auth/refresh) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TokenDto"];
                };
            };
            /** @description No, an unknown, expired, revoked or reused refresh token; the cookie is cleared */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail?: string;
                        instance?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description Too many refused refresh attempts from this address; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail?: string;
                        instance?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
        };
    };
    AuthController_logout: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Signed out; the cookie is cleared */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    AuthController_changePassword: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ChangePasswordDto"];
            };
        };
        responses: {
            /** @description Also sets the `pavilion_refresh` refresh cookie (HttpOnly, Secure, SameSite=Strict, Path=/v1/auth/refresh) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TokenDto"];
                };
            };
            /** @description Validation failed; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail?: string;
                        instance?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description Missing, expired or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail?: string;
                        instance?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description currentPassword is wrong (counted like a failed sign-in) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail?: string;
                        instance?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description Too many failed attempts for the account or address; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail?: string;
                        instance?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
        };
    };
    AuthController_me: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserDto"];
                };
            };
            /** @description Validation failed; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail?: string;
                        instance?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description Missing, expired or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail?: string;
                        instance?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
        };
    };
    UsersController_list: {
        parameters: {
            query?: {
                limit?: number;
                /** @description Opaque cursor from the previous page's `nextCursor` */
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserPageDto"];
                };
            };
            /** @description Validation failed; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail?: string;
                        instance?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description Missing, expired or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail?: string;
                        instance?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description Requires the admin role or higher */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail?: string;
                        instance?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
        };
    };
    UsersController_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateUserDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserDto"];
                };
            };
            /** @description Validation failed; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail?: string;
                        instance?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description Missing, expired or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail?: string;
                        instance?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description Requires the admin role or higher */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail?: string;
                        instance?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description The email is taken */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail?: string;
                        instance?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
        };
    };
    UsersController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserDto"];
                };
            };
            /** @description Validation failed; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail?: string;
                        instance?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description Missing, expired or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail?: string;
                        instance?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description Requires the admin role or higher */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail?: string;
                        instance?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description No such record in your agency */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail?: string;
                        instance?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
        };
    };
    UsersController_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateUserDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserDto"];
                };
            };
            /** @description Validation failed; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail?: string;
                        instance?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description Missing, expired or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail?: string;
                        instance?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description Requires the admin role or higher */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail?: string;
                        instance?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description No such record in your agency */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail?: string;
                        instance?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description Would leave the agency without an active admin, or disable yourself */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail?: string;
                        instance?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description If-Match names an older version */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail?: string;
                        instance?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
        };
    };
    OutcomesController_forFair: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                fairId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FairOutcomeDto"];
                };
            };
            /** @description Validation failed; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail?: string;
                        instance?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description Missing, expired or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail?: string;
                        instance?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description Requires the manager role or higher */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail?: string;
                        instance?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description No such record in your agency */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail?: string;
                        instance?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
        };
    };
    OutcomesController_rollup: {
        parameters: {
            query?: {
                year?: number;
                series?: string;
                /** @description The fair's country */
                country?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OutcomeRollupDto"];
                };
            };
            /** @description Validation failed; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail?: string;
                        instance?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description Missing, expired or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail?: string;
                        instance?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description Requires the manager role or higher */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail?: string;
                        instance?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
        };
    };
    OutcomesController_series: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                series: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SeriesOutcomeDto"];
                };
            };
            /** @description Validation failed; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail?: string;
                        instance?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description Missing, expired or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail?: string;
                        instance?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description Requires the manager role or higher */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail?: string;
                        instance?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description No such record in your agency */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail?: string;
                        instance?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
        };
    };
    OutcomeReportsController_reportXlsx: {
        parameters: {
            query?: {
                /** @description Country and company names in Korean or English; default Korean for a KRW agency, else English */
                lang?: "ko" | "en";
            };
            header?: never;
            path: {
                fairId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Summary, by company, by country and by day, each with its total row; numbers as number cells */
            200: {
                headers: {
                    /** @description attachment; filename="<series>-<year>-outcome-report-<date>.<ext>" (and filename* in Korean) */
                    "content-disposition"?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Validation failed; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail?: string;
                        instance?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description Missing, expired or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail?: string;
                        instance?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description Requires the manager role or higher */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail?: string;
                        instance?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description No such record in your agency */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail?: string;
                        instance?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
        };
    };
    OutcomeReportsController_reportCsv: {
        parameters: {
            query?: {
                /** @description Country and company names in Korean or English; default Korean for a KRW agency, else English */
                lang?: "ko" | "en";
            };
            header?: never;
            path: {
                fairId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One row for the total, then one per company, country and day (`section`); UTF-8 with a BOM */
            200: {
                headers: {
                    /** @description attachment; filename="<series>-<year>-outcome-report-<date>.<ext>" (and filename* in Korean) */
                    "content-disposition"?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Validation failed; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail?: string;
                        instance?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description Missing, expired or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail?: string;
                        instance?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description Requires the manager role or higher */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail?: string;
                        instance?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description No such record in your agency */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail?: string;
                        instance?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
        };
    };
    OutcomeReportsController_yearlyXlsx: {
        parameters: {
            query?: {
                /** @description Country and company names in Korean or English; default Korean for a KRW agency, else English */
                lang?: "ko" | "en";
                /** @description Default: the current year (UTC) */
                year?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The year's fairs, one row each, and the grand total row */
            200: {
                headers: {
                    /** @description attachment; filename="<series>-<year>-outcome-report-<date>.<ext>" (and filename* in Korean) */
                    "content-disposition"?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Validation failed; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail?: string;
                        instance?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description Missing, expired or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail?: string;
                        instance?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description Requires the manager role or higher */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail?: string;
                        instance?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
        };
    };
    OutcomeReportsController_yearlyCsv: {
        parameters: {
            query?: {
                /** @description Country and company names in Korean or English; default Korean for a KRW agency, else English */
                lang?: "ko" | "en";
                /** @description Default: the current year (UTC) */
                year?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The year's fairs (`section` fair), then the grand total (`section` total); UTF-8 with a BOM */
            200: {
                headers: {
                    /** @description attachment; filename="<series>-<year>-outcome-report-<date>.<ext>" (and filename* in Korean) */
                    "content-disposition"?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Validation failed; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail?: string;
                        instance?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description Missing, expired or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail?: string;
                        instance?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description Requires the manager role or higher */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail?: string;
                        instance?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
        };
    };
    CompaniesController_list: {
        parameters: {
            query?: {
                limit?: number;
                /** @description Opaque cursor from the previous page's `nextCursor` */
                cursor?: string;
                /** @description Exact business registration number */
                registrationNumber?: string;
                /** @description Case-insensitive substring of the name or local name */
                q?: string;
                region?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CompanyPageDto"];
                };
            };
            /** @description Validation failed; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail?: string;
                        instance?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description Missing, expired or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail?: string;
                        instance?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
        };
    };
    CompaniesController_create: {
        parameters: {
            query?: never;
            header?: {
                /** @description Retry-safe POST: the same key and body within 24 h replays the first response */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateCompanyDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CompanyDto"];
                };
            };
            /** @description Validation failed; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail?: string;
                        instance?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description Missing, expired or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail?: string;
                        instance?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /**
             * @description Your role may not do this
             *
             *     Requires the manager role or higher
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail?: string;
                        instance?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /**
             * @description The registration number is taken in your agency
             *
             *     The same Idempotency-Key is still being processed
             */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail?: string;
                        instance?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description The Idempotency-Key was used with another body */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail?: string;
                        instance?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
        };
    };
    CompaniesController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CompanyDto"];
                };
            };
            /** @description Validation failed; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail?: string;
                        instance?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description Missing, expired or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail?: string;
                        instance?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description No such record in your agency */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail?: string;
                        instance?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
        };
    };
    CompaniesController_remove: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Soft-deleted */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Validation failed; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail?: string;
                        instance?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description Missing, expired or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail?: string;
                        instance?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description Requires the manager role or higher */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail?: string;
                        instance?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description No such record in your agency */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail?: string;
                        instance?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description Still exhibits at fairs or has consultations or contracts */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail?: string;
                        instance?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
        };
    };
    CompaniesController_update: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag (version) you read; a stale one is answered 412 */
                "If-Match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateCompanyDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CompanyDto"];
                };
            };
            /** @description Validation failed; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail?: string;
                        instance?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description Missing, expired or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail?: string;
                        instance?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /**
             * @description Your role may not do this
             *
             *     Requires the manager role or higher
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail?: string;
                        instance?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description No such record in your agency */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail?: string;
                        instance?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description If-Match names an older version; nothing changed */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail?: string;
                        instance?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
        };
    };
    FairsController_list: {
        parameters: {
            query?: {
                limit?: number;
                /** @description Opaque cursor from the previous page's `nextCursor` */
                cursor?: string;
                year?: number;
                series?: string;
                /** @description ISO 3166-1 alpha-2 */
                country?: string;
                kind?: "trade_fair" | "consultation_meeting" | "trade_mission";
                /** @description Fairs starting on or after this date */
                from?: string;
                /** @description Fairs starting on or before this date */
                to?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FairPageDto"];
                };
            };
            /** @description Validation failed; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail?: string;
                        instance?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description Missing, expired or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail?: string;
                        instance?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
        };
    };
    FairsController_create: {
        parameters: {
            query?: never;
            header?: {
                /** @description Retry-safe POST: the same key and body within 24 h replays the first response */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateFairDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FairDto"];
                };
            };
            /** @description Validation failed; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail?: string;
                        instance?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description Missing, expired or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail?: string;
                        instance?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /**
             * @description Your role may not do this
             *
             *     Requires the manager role or higher
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail?: string;
                        instance?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description The same Idempotency-Key is still being processed */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail?: string;
                        instance?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description The Idempotency-Key was used with another body */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail?: string;
                        instance?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
        };
    };
    FairsController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FairDto"];
                };
            };
            /** @description Validation failed; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail?: string;
                        instance?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description Missing, expired or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail?: string;
                        instance?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description No such record in your agency */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail?: string;
                        instance?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
        };
    };
    FairsController_remove: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Soft-deleted */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Validation failed; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail?: string;
                        instance?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description Missing, expired or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail?: string;
                        instance?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description Requires the manager role or higher */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail?: string;
                        instance?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description No such record in your agency */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail?: string;
                        instance?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description Still has participants, consultations or contracts */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail?: string;
                        instance?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
        };
    };
    FairsController_update: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag (version) you read; a stale one is answered 412 */
                "If-Match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateFairDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FairDto"];
                };
            };
            /** @description Validation failed; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail?: string;
                        instance?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description Missing, expired or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail?: string;
                        instance?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /**
             * @description Your role may not do this
             *
             *     Requires the manager role or higher
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail?: string;
                        instance?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description No such record in your agency */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail?: string;
                        instance?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description If-Match names an older version; nothing changed */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail?: string;
                        instance?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description endsOn would fall before startsOn */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail?: string;
                        instance?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
        };
    };
    ParticipantsController_list: {
        parameters: {
            query?: {
                limit?: number;
                /** @description Opaque cursor from the previous page's `nextCursor` */
                cursor?: string;
            };
            header?: never;
            path: {
                fairId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ParticipantPageDto"];
                };
            };
            /** @description Validation failed; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail?: string;
                        instance?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description Missing, expired or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail?: string;
                        instance?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description No such record in your agency */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail?: string;
                        instance?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
        };
    };
    ParticipantsController_add: {
        parameters: {
            query?: never;
            header?: {
                /** @description Retry-safe POST: the same key and body within 24 h replays the first response */
                "Idempotency-Key"?: string;
            };
            path: {
                fairId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AddParticipantDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ParticipantDto"];
                };
            };
            /** @description Validation failed; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail?: string;
                        instance?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description Missing, expired or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail?: string;
                        instance?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /**
             * @description Your role may not do this
             *
             *     Requires the manager role or higher
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail?: string;
                        instance?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description No such record in your agency */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail?: string;
                        instance?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /**
             * @description The company already participates in the fair
             *
             *     The same Idempotency-Key is still being processed
             */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail?: string;
                        instance?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /**
             * @description companyId names no company of your agency
             *
             *     The Idempotency-Key was used with another body
             */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail?: string;
                        instance?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
        };
    };
    ParticipantsController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                fairId: string;
                companyId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ParticipantDto"];
                };
            };
            /** @description Validation failed; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail?: string;
                        instance?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description Missing, expired or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail?: string;
                        instance?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description No such record in your agency */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail?: string;
                        instance?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
        };
    };
    ParticipantsController_remove: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                fairId: string;
                companyId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Soft-deleted */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Validation failed; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail?: string;
                        instance?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description Missing, expired or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail?: string;
                        instance?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description Requires the manager role or higher */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail?: string;
                        instance?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description No such record in your agency */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail?: string;
                        instance?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description The company has consultations or contracts at this fair */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail?: string;
                        instance?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
        };
    };
    ParticipantsController_update: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag (version) you read; a stale one is answered 412 */
                "If-Match"?: string;
            };
            path: {
                fairId: string;
                companyId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateParticipantDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ParticipantDto"];
                };
            };
            /** @description Validation failed; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail?: string;
                        instance?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description Missing, expired or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail?: string;
                        instance?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /**
             * @description Your role may not do this
             *
             *     Requires the manager role or higher
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail?: string;
                        instance?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description No such record in your agency */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail?: string;
                        instance?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description If-Match names an older version; nothing changed */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail?: string;
                        instance?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
        };
    };
    BuyersController_list: {
        parameters: {
            query?: {
                limit?: number;
                /** @description Opaque cursor from the previous page's `nextCursor` */
                cursor?: string;
                /** @description ISO 3166-1 alpha-2 country code */
                country?: string;
                buyerType?: "distributor" | "importer" | "hospital" | "clinic" | "government_procurement" | "manufacturer" | "retailer" | "other";
                /** @description Exact email, in any letter case. Personal data: API keys need the buyers:pii scope (else 403) */
                email?: string;
                /** @description Case-insensitive substring of the organisation (never of contact name, email or phone) */
                q?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BuyerPageDto"];
                };
            };
            /** @description Validation failed; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail?: string;
                        instance?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description Missing, expired or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail?: string;
                        instance?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
        };
    };
    BuyersController_create: {
        parameters: {
            query?: never;
            header?: {
                /** @description Retry-safe POST: the same key and body within 24 h replays the first response */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateBuyerDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BuyerDto"];
                };
            };
            /** @description Validation failed; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail?: string;
                        instance?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description Missing, expired or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail?: string;
                        instance?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /**
             * @description Your role may not do this
             *
             *     Requires the staff role or higher
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail?: string;
                        instance?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /**
             * @description A buyer with this email exists in your agency; the `existingId` extension names it, to reuse
             *
             *     The same Idempotency-Key is still being processed
             */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail?: string;
                        instance?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description The Idempotency-Key was used with another body */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail?: string;
                        instance?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
        };
    };
    BuyersController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BuyerDto"];
                };
            };
            /** @description Validation failed; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail?: string;
                        instance?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description Missing, expired or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail?: string;
                        instance?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description No such record in your agency */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail?: string;
                        instance?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
        };
    };
    BuyersController_remove: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Soft-deleted */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Validation failed; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail?: string;
                        instance?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description Missing, expired or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail?: string;
                        instance?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description Requires the staff role or higher */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail?: string;
                        instance?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description No such record in your agency */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail?: string;
                        instance?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description Still has consultations or contracts */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail?: string;
                        instance?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
        };
    };
    BuyersController_update: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag (version) you read; a stale one is answered 412 */
                "If-Match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateBuyerDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BuyerDto"];
                };
            };
            /** @description Validation failed; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail?: string;
                        instance?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description Missing, expired or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail?: string;
                        instance?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /**
             * @description Your role may not do this
             *
             *     Requires the staff role or higher
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail?: string;
                        instance?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description No such record in your agency */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail?: string;
                        instance?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description A buyer with this email exists in your agency; the `existingId` extension names it, to reuse */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail?: string;
                        instance?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description If-Match names an older version; nothing changed */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail?: string;
                        instance?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
        };
    };
    BuyersController_exportPersonalData: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Everything held about the buyer, deleted records included */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BuyerPersonalDataDto"];
                };
            };
            /** @description Validation failed; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail?: string;
                        instance?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description Missing, expired or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail?: string;
                        instance?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description Requires the admin role or higher */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail?: string;
                        instance?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description No such record in your agency */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail?: string;
                        instance?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
        };
    };
    BuyersController_erasePersonalData: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Contact name, email and phone cleared; consultations, contracts and totals unchanged */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BuyerDto"];
                };
            };
            /** @description Validation failed; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail?: string;
                        instance?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description Missing, expired or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail?: string;
                        instance?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description Requires the admin role or higher */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail?: string;
                        instance?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description No such record in your agency */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail?: string;
                        instance?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
        };
    };
    ExchangeRatesController_list: {
        parameters: {
            query?: {
                limit?: number;
                /** @description Opaque cursor from the previous page's `nextCursor` */
                cursor?: string;
                currency?: string;
                /** @description Rates dated on or after this date */
                from?: string;
                /** @description Rates dated on or before this date */
                to?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ExchangeRatePageDto"];
                };
            };
            /** @description Validation failed; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail?: string;
                        instance?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description Missing, expired or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail?: string;
                        instance?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
        };
    };
    ExchangeRatesController_create: {
        parameters: {
            query?: never;
            header?: {
                /** @description Retry-safe POST: the same key and body within 24 h replays the first response */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateExchangeRateDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ExchangeRateDto"];
                };
            };
            /** @description Validation failed; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail?: string;
                        instance?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description Missing, expired or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail?: string;
                        instance?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /**
             * @description Your role may not do this
             *
             *     Requires the manager role or higher
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail?: string;
                        instance?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /**
             * @description A rate for that currency and date exists
             *
             *     The same Idempotency-Key is still being processed
             */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail?: string;
                        instance?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description The Idempotency-Key was used with another body */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail?: string;
                        instance?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
        };
    };
    ExchangeRatesController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ExchangeRateDto"];
                };
            };
            /** @description Validation failed; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail?: string;
                        instance?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description Missing, expired or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail?: string;
                        instance?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description No such record in your agency */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail?: string;
                        instance?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
        };
    };
    ExchangeRatesController_remove: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted; records keep the rate they used */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Validation failed; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail?: string;
                        instance?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description Missing, expired or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail?: string;
                        instance?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description Requires the manager role or higher */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail?: string;
                        instance?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description No such record in your agency */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail?: string;
                        instance?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
        };
    };
    ConsultationExportsController_xlsx: {
        parameters: {
            query?: {
                limit?: number;
                /** @description Opaque cursor from the previous page's `nextCursor` */
                cursor?: string;
                fairId?: string;
                companyId?: string;
                buyerId?: string;
                /** @description The buyer's country (ISO 3166-1 alpha-2) */
                country?: string;
                from?: string;
                to?: string;
                stage?: "consulted" | "follow_up" | "negotiating" | "won" | "lost";
                type?: "booth" | "interpreted";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Every consultation the filters select, in list order */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Validation failed; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail?: string;
                        instance?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description Missing, expired or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail?: string;
                        instance?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
        };
    };
    ConsultationExportsController_csv: {
        parameters: {
            query?: {
                limit?: number;
                /** @description Opaque cursor from the previous page's `nextCursor` */
                cursor?: string;
                fairId?: string;
                companyId?: string;
                buyerId?: string;
                /** @description The buyer's country (ISO 3166-1 alpha-2) */
                country?: string;
                from?: string;
                to?: string;
                stage?: "consulted" | "follow_up" | "negotiating" | "won" | "lost";
                type?: "booth" | "interpreted";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Every consultation the filters select, in list order */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Validation failed; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail?: string;
                        instance?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description Missing, expired or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail?: string;
                        instance?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
        };
    };
    ConsultationsController_list: {
        parameters: {
            query?: {
                limit?: number;
                /** @description Opaque cursor from the previous page's `nextCursor` */
                cursor?: string;
                fairId?: string;
                companyId?: string;
                buyerId?: string;
                /** @description The buyer's country (ISO 3166-1 alpha-2) */
                country?: string;
                from?: string;
                to?: string;
                stage?: "consulted" | "follow_up" | "negotiating" | "won" | "lost";
                type?: "booth" | "interpreted";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConsultationPageDto"];
                };
            };
            /** @description Validation failed; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail?: string;
                        instance?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description Missing, expired or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail?: string;
                        instance?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
        };
    };
    ConsultationsController_create: {
        parameters: {
            query?: never;
            header?: {
                /** @description Retry-safe POST: the same key and body within 24 h replays the first response */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateConsultationDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConsultationDto"];
                };
            };
            /** @description Validation failed; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail?: string;
                        instance?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description Missing, expired or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail?: string;
                        instance?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /**
             * @description Your role may not do this
             *
             *     Requires the staff role or higher
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail?: string;
                        instance?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description The same Idempotency-Key is still being processed */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail?: string;
                        instance?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /**
             * @description Unknown fair, company or buyer; company not exhibiting at the fair; occurredAt outside the fair; or no exchange rate for the currency and date
             *
             *     The Idempotency-Key was used with another body
             */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail?: string;
                        instance?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
        };
    };
    ConsultationsController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConsultationDto"];
                };
            };
            /** @description Validation failed; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail?: string;
                        instance?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description Missing, expired or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail?: string;
                        instance?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description No such record in your agency */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail?: string;
                        instance?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
        };
    };
    ConsultationsController_remove: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Soft-deleted: leaves lists and totals */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Validation failed; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail?: string;
                        instance?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description Missing, expired or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail?: string;
                        instance?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description Requires the staff role or higher */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail?: string;
                        instance?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description No such record in your agency */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail?: string;
                        instance?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
        };
    };
    ConsultationsController_update: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag (version) you read; a stale one is answered 412 */
                "If-Match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateConsultationDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConsultationDto"];
                };
            };
            /** @description Validation failed; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail?: string;
                        instance?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description Missing, expired or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail?: string;
                        instance?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /**
             * @description Your role may not do this
             *
             *     Requires the staff role or higher
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail?: string;
                        instance?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description No such record in your agency */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail?: string;
                        instance?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description If-Match names an older version; nothing changed */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail?: string;
                        instance?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description Unknown fair, company or buyer; company not exhibiting at the fair; occurredAt outside the fair; or no exchange rate for the currency and date */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail?: string;
                        instance?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
        };
    };
    ContractsController_list: {
        parameters: {
            query?: {
                limit?: number;
                /** @description Opaque cursor from the previous page's `nextCursor` */
                cursor?: string;
                fairId?: string;
                companyId?: string;
                buyerId?: string;
                /** @description The buyer's country (ISO 3166-1 alpha-2) */
                country?: string;
                from?: string;
                to?: string;
                status?: "expected" | "signed" | "cancelled";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ContractPageDto"];
                };
            };
            /** @description Validation failed; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail?: string;
                        instance?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description Missing, expired or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail?: string;
                        instance?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
        };
    };
    ContractsController_create: {
        parameters: {
            query?: never;
            header?: {
                /** @description Retry-safe POST: the same key and body within 24 h replays the first response */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateContractDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ContractDto"];
                };
            };
            /** @description Validation failed; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail?: string;
                        instance?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description Missing, expired or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail?: string;
                        instance?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /**
             * @description Your role may not do this
             *
             *     Requires the staff role or higher
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail?: string;
                        instance?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description The same Idempotency-Key is still being processed */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail?: string;
                        instance?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /**
             * @description Unknown fair, company or buyer; company not exhibiting at the fair; consultation of another fair or company; or no exchange rate for the currency and date
             *
             *     The Idempotency-Key was used with another body
             */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail?: string;
                        instance?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
        };
    };
    ContractsController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ContractDto"];
                };
            };
            /** @description Validation failed; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail?: string;
                        instance?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description Missing, expired or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail?: string;
                        instance?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description No such record in your agency */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail?: string;
                        instance?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
        };
    };
    ContractsController_remove: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Soft-deleted: leaves lists and totals */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Validation failed; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail?: string;
                        instance?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description Missing, expired or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail?: string;
                        instance?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description Requires the staff role or higher */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail?: string;
                        instance?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description No such record in your agency */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail?: string;
                        instance?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
        };
    };
    ContractsController_update: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag (version) you read; a stale one is answered 412 */
                "If-Match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateContractDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ContractDto"];
                };
            };
            /** @description Validation failed; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail?: string;
                        instance?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description Missing, expired or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail?: string;
                        instance?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /**
             * @description Your role may not do this
             *
             *     Requires the staff role or higher
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail?: string;
                        instance?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description No such record in your agency */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail?: string;
                        instance?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description If-Match names an older version; nothing changed */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail?: string;
                        instance?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description Unknown fair, company or buyer; company not exhibiting at the fair; consultation of another fair or company; or no exchange rate for the currency and date */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail?: string;
                        instance?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
        };
    };
    ApiKeysController_list: {
        parameters: {
            query?: {
                limit?: number;
                /** @description Opaque cursor from the previous page's `nextCursor` */
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiKeyPageDto"];
                };
            };
            /** @description Validation failed; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail?: string;
                        instance?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description Missing, expired or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail?: string;
                        instance?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description Requires the admin role or higher */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail?: string;
                        instance?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
        };
    };
    ApiKeysController_create: {
        parameters: {
            query?: never;
            header?: {
                /** @description Retry-safe POST: the same key and body within 24 h replays the first response */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateApiKeyDto"];
            };
        };
        responses: {
            /** @description The secret is in this response only */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiKeyWithSecretDto"];
                };
            };
            /** @description Validation failed; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail?: string;
                        instance?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description Missing, expired or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail?: string;
                        instance?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description Your role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail?: string;
                        instance?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /**
             * @description A replayed Idempotency-Key: the secret is shown only once, nothing is created
             *
             *     The same Idempotency-Key is still being processed
             */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail?: string;
                        instance?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description The Idempotency-Key was used with another body */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail?: string;
                        instance?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
        };
    };
    ApiKeysController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiKeyDto"];
                };
            };
            /** @description Validation failed; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail?: string;
                        instance?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description Missing, expired or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail?: string;
                        instance?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description Requires the admin role or higher */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail?: string;
                        instance?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description No such record in your agency */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail?: string;
                        instance?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
        };
    };
    ApiKeysController_revoke: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Revoked (again: no change) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiKeyDto"];
                };
            };
            /** @description Validation failed; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail?: string;
                        instance?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description Missing, expired or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail?: string;
                        instance?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description Requires the admin role or higher */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail?: string;
                        instance?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description No such record in your agency */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail?: string;
                        instance?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
        };
    };
    ApiKeysController_rotate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A new secret; the old one stops working at once */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiKeyWithSecretDto"];
                };
            };
            /** @description Validation failed; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail?: string;
                        instance?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description Missing, expired or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail?: string;
                        instance?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description Requires the admin role or higher */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail?: string;
                        instance?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description No such record in your agency */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail?: string;
                        instance?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description The key is revoked, or a replayed Idempotency-Key (the secret is shown only once) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail?: string;
                        instance?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
        };
    };
    AuditController_list: {
        parameters: {
            query?: {
                limit?: number;
                /** @description Writes to this record */
                recordId?: string;
                /** @description Writes to this kind of record (table name) */
                entity?: string;
                /** @description Writes by this user or API key */
                actorId?: string;
                actorType?: "user" | "api_key" | "system";
                /** @description Opaque cursor from the previous page's `nextCursor` */
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuditPageDto"];
                };
            };
            /** @description Validation failed; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail?: string;
                        instance?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description Missing, expired or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail?: string;
                        instance?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description Requires the admin role or higher */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail?: string;
                        instance?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
        };
    };
    CategoriesController_list: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CategoryListDto"];
                };
            };
            /** @description Validation failed; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail?: string;
                        instance?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description Missing, expired or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail?: string;
                        instance?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
        };
    };
    CategoriesController_create: {
        parameters: {
            query?: never;
            header?: {
                /** @description Retry-safe POST: the same key and body within 24 h replays the first response */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateCategoryDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CategoryDto"];
                };
            };
            /** @description Validation failed; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail?: string;
                        instance?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description Missing, expired or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail?: string;
                        instance?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /**
             * @description Your role may not do this
             *
             *     Requires the manager role or higher
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail?: string;
                        instance?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /**
             * @description The slug exists
             *
             *     The same Idempotency-Key is still being processed
             */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail?: string;
                        instance?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description The Idempotency-Key was used with another body */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail?: string;
                        instance?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
        };
    };
    ProfilesController_company: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CompanyProfileDto"];
                };
            };
            /** @description Validation failed; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail?: string;
                        instance?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description Missing, expired or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail?: string;
                        instance?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description No such record in your agency */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail?: string;
                        instance?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
        };
    };
    ProfilesController_putCompany: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag (version) you read; a stale one is answered 412 */
                "If-Match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PutCompanyProfileDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CompanyProfileDto"];
                };
            };
            /** @description Validation failed; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail?: string;
                        instance?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description Missing, expired or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail?: string;
                        instance?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /**
             * @description Your role may not do this
             *
             *     Requires the manager role or higher
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail?: string;
                        instance?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description No such record in your agency */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail?: string;
                        instance?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description If-Match names an older version; nothing changed */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail?: string;
                        instance?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description A category is not in the agency vocabulary */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail?: string;
                        instance?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
        };
    };
    ProfilesController_buyer: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BuyerProfileDto"];
                };
            };
            /** @description Validation failed; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail?: string;
                        instance?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description Missing, expired or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail?: string;
                        instance?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description No such record in your agency */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail?: string;
                        instance?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
        };
    };
    ProfilesController_putBuyer: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag (version) you read; a stale one is answered 412 */
                "If-Match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PutBuyerProfileDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BuyerProfileDto"];
                };
            };
            /** @description Validation failed; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail?: string;
                        instance?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description Missing, expired or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail?: string;
                        instance?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /**
             * @description Your role may not do this
             *
             *     Requires the staff role or higher
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail?: string;
                        instance?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description No such record in your agency */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail?: string;
                        instance?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description If-Match names an older version; nothing changed */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail?: string;
                        instance?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description A category is not in the agency vocabulary */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail?: string;
                        instance?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
        };
    };
    InterpretersController_list: {
        parameters: {
            query?: {
                limit?: number;
                /** @description Opaque cursor from the previous page's `nextCursor` */
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InterpreterPageDto"];
                };
            };
            /** @description Validation failed; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail?: string;
                        instance?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description Missing, expired or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail?: string;
                        instance?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
        };
    };
    InterpretersController_create: {
        parameters: {
            query?: never;
            header?: {
                /** @description Retry-safe POST: the same key and body within 24 h replays the first response */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateInterpreterDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InterpreterDto"];
                };
            };
            /** @description Validation failed; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail?: string;
                        instance?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description Missing, expired or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail?: string;
                        instance?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /**
             * @description Your role may not do this
             *
             *     Requires the manager role or higher
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail?: string;
                        instance?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description The same Idempotency-Key is still being processed */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail?: string;
                        instance?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description The Idempotency-Key was used with another body */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail?: string;
                        instance?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
        };
    };
    InterpretersController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InterpreterDto"];
                };
            };
            /** @description Validation failed; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail?: string;
                        instance?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description Missing, expired or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail?: string;
                        instance?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description No such record in your agency */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail?: string;
                        instance?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
        };
    };
    InterpretersController_remove: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Soft-deleted */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Validation failed; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail?: string;
                        instance?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description Missing, expired or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail?: string;
                        instance?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description Requires the manager role or higher */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail?: string;
                        instance?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description No such record in your agency */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail?: string;
                        instance?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description Still has scheduled meetings */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail?: string;
                        instance?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
        };
    };
    InterpretersController_update: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag (version) you read; a stale one is answered 412 */
                "If-Match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateInterpreterDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InterpreterDto"];
                };
            };
            /** @description Validation failed; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail?: string;
                        instance?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description Missing, expired or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail?: string;
                        instance?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /**
             * @description Your role may not do this
             *
             *     Requires the manager role or higher
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail?: string;
                        instance?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description No such record in your agency */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail?: string;
                        instance?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description If-Match names an older version; nothing changed */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail?: string;
                        instance?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
        };
    };
    SessionsController_list: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                fairId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SessionListDto"];
                };
            };
            /** @description Validation failed; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail?: string;
                        instance?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description Missing, expired or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail?: string;
                        instance?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description No such record in your agency */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail?: string;
                        instance?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
        };
    };
    SessionsController_create: {
        parameters: {
            query?: never;
            header?: {
                /** @description Retry-safe POST: the same key and body within 24 h replays the first response */
                "Idempotency-Key"?: string;
            };
            path: {
                fairId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateSessionDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SessionDto"];
                };
            };
            /** @description Validation failed; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail?: string;
                        instance?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description Missing, expired or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail?: string;
                        instance?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /**
             * @description Your role may not do this
             *
             *     Requires the manager role or higher
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail?: string;
                        instance?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description No such record in your agency */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail?: string;
                        instance?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /**
             * @description Overlaps another session of the fair
             *
             *     The same Idempotency-Key is still being processed
             */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail?: string;
                        instance?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description The Idempotency-Key was used with another body */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail?: string;
                        instance?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
        };
    };
    SessionsController_remove: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                fairId: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Validation failed; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail?: string;
                        instance?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description Missing, expired or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail?: string;
                        instance?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description Requires the manager role or higher */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail?: string;
                        instance?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description No such record in your agency */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail?: string;
                        instance?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description The session has meetings */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail?: string;
                        instance?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
        };
    };
    MeetingsController_list: {
        parameters: {
            query?: {
                limit?: number;
                /** @description Opaque cursor from the previous page's `nextCursor` */
                cursor?: string;
                status?: "requested" | "accepted" | "declined" | "scheduled" | "held" | "no_show" | "cancelled";
                companyId?: string;
                buyerId?: string;
                interpreterId?: string;
            };
            header?: never;
            path: {
                fairId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MeetingPageDto"];
                };
            };
            /** @description Validation failed; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail?: string;
                        instance?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description Missing, expired or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail?: string;
                        instance?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description No such record in your agency */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail?: string;
                        instance?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
        };
    };
    MeetingsController_request: {
        parameters: {
            query?: never;
            header?: {
                /** @description Retry-safe POST: the same key and body within 24 h replays the first response */
                "Idempotency-Key"?: string;
            };
            path: {
                fairId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RequestMeetingDto"];
            };
        };
        responses: {
            /** @description Requested */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MeetingDto"];
                };
            };
            /** @description Validation failed; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail?: string;
                        instance?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description Missing, expired or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail?: string;
                        instance?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /**
             * @description Your role may not do this
             *
             *     Requires the staff role or higher
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail?: string;
                        instance?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description No such record in your agency */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail?: string;
                        instance?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description The same Idempotency-Key is still being processed */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail?: string;
                        instance?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description The Idempotency-Key was used with another body */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail?: string;
                        instance?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
        };
    };
    MeetingsController_calendar: {
        parameters: {
            query?: {
                companyId?: string;
                buyerId?: string;
                interpreterId?: string;
            };
            header?: never;
            path: {
                fairId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description iCalendar of one company's, buyer's or interpreter's meetings, in the fair's time zone */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Validation failed; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail?: string;
                        instance?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description Missing, expired or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail?: string;
                        instance?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description No such record in your agency */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail?: string;
                        instance?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
        };
    };
    MeetingsController_schedule: {
        parameters: {
            query?: never;
            header?: {
                /** @description Retry-safe POST: the same key and body within 24 h replays the first response */
                "Idempotency-Key"?: string;
            };
            path: {
                fairId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Queued; poll GET …/schedule/{runId} */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ScheduleRunDto"];
                };
            };
            /** @description Validation failed; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail?: string;
                        instance?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description Missing, expired or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail?: string;
                        instance?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /**
             * @description Your role may not do this
             *
             *     Requires the manager role or higher
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail?: string;
                        instance?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description No such record in your agency */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail?: string;
                        instance?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description The same Idempotency-Key is still being processed */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail?: string;
                        instance?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description The Idempotency-Key was used with another body */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail?: string;
                        instance?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
        };
    };
    MeetingsController_run: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                fairId: string;
                runId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ScheduleRunDto"];
                };
            };
            /** @description Validation failed; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail?: string;
                        instance?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description Missing, expired or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail?: string;
                        instance?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description No such record in your agency */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail?: string;
                        instance?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
        };
    };
    MeetingsController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                fairId: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MeetingDto"];
                };
            };
            /** @description Validation failed; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail?: string;
                        instance?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description Missing, expired or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail?: string;
                        instance?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description No such record in your agency */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail?: string;
                        instance?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
        };
    };
    MeetingsController_place: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag (version) you read; a stale one is answered 412 */
                "If-Match"?: string;
            };
            path: {
                fairId: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ScheduleMeetingDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MeetingDto"];
                };
            };
            /** @description Validation failed; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail?: string;
                        instance?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description Missing, expired or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail?: string;
                        instance?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /**
             * @description Your role may not do this
             *
             *     Requires the staff role or higher
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail?: string;
                        instance?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description No such record in your agency */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail?: string;
                        instance?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description Wrong status for this step, or a double booking / out-of-hours slot: `conflict` names company, buyer, interpreter, table or hours */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail?: string;
                        instance?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description If-Match names an older version; nothing changed */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail?: string;
                        instance?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
        };
    };
    MeetingsController_consultation: {
        parameters: {
            query?: never;
            header?: {
                /** @description Retry-safe POST: the same key and body within 24 h replays the first response */
                "Idempotency-Key"?: string;
            };
            path: {
                fairId: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The consultation the held meeting became */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConsultationDto"];
                };
            };
            /** @description Validation failed; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail?: string;
                        instance?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description Missing, expired or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail?: string;
                        instance?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /**
             * @description Your role may not do this
             *
             *     Requires the staff role or higher
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail?: string;
                        instance?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description No such record in your agency */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail?: string;
                        instance?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /**
             * @description Not held, or already a consultation
             *
             *     The same Idempotency-Key is still being processed
             */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail?: string;
                        instance?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description The Idempotency-Key was used with another body */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail?: string;
                        instance?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
        };
    };
    MeetingsController_step: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag (version) you read; a stale one is answered 412 */
                "If-Match"?: string;
            };
            path: {
                fairId: string;
                id: string;
                /** @description accept | decline (from requested), held | no-show (from scheduled), cancel (from any open state) */
                step: "accept" | "decline" | "cancel" | "held" | "no-show";
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MeetingDto"];
                };
            };
            /** @description Validation failed; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail?: string;
                        instance?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description Missing, expired or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail?: string;
                        instance?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /**
             * @description Your role may not do this
             *
             *     Requires the staff role or higher
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail?: string;
                        instance?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description No such record in your agency */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail?: string;
                        instance?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description Wrong status for this step, or a double booking / out-of-hours slot: `conflict` names company, buyer, interpreter, table or hours */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail?: string;
                        instance?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description If-Match names an older version; nothing changed */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail?: string;
                        instance?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
        };
    };
    MatchesController_list: {
        parameters: {
            query?: {
                /** @description Suggest exhibitors for this buyer (give exactly one of buyerId, companyId) */
                buyerId?: string;
                /** @description Suggest registered buyers for this exhibitor */
                companyId?: string;
                limit?: number;
            };
            header?: never;
            path: {
                fairId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Ranked by score, then id; see README "Matchmaking and meetings" for the scoring */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MatchListDto"];
                };
            };
            /** @description Validation failed; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail?: string;
                        instance?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description Missing, expired or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail?: string;
                        instance?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description No such record in your agency */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail?: string;
                        instance?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
        };
    };
    ImportsController_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": {
                    /**
                     * Format: binary
                     * @description .csv (UTF-8, with or without BOM, or CP949) or .xlsx
                     */
                    file: string;
                    /** Format: uuid */
                    fairId: string;
                    /** @enum {string} */
                    kind: "consultations" | "contracts";
                    /** @default false */
                    dryRun?: boolean;
                    /** @default false */
                    createMissing?: boolean;
                    /** @description JSON object header → field (ref, company, registrationNumber, buyerOrganisation, buyerContact, buyerEmail, country, occurredAt, product, quantity, amount, currency, stage, type, status, signedOn, notes) */
                    mapping?: string;
                };
            };
        };
        responses: {
            /** @description Queued; poll GET /v1/imports/{id} */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImportDto"];
                };
            };
            /** @description Validation failed; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail?: string;
                        instance?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description Missing, expired or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail?: string;
                        instance?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description Requires the manager role or higher */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail?: string;
                        instance?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
        };
    };
    ImportsController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImportDto"];
                };
            };
            /** @description Validation failed; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail?: string;
                        instance?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description Missing, expired or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail?: string;
                        instance?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description Requires the manager role or higher */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail?: string;
                        instance?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description No such record in your agency */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail?: string;
                        instance?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
        };
    };
    ImportsController_errors: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Rejected rows: row (as the spreadsheet numbers it), column, message */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Validation failed; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail?: string;
                        instance?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description Missing, expired or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail?: string;
                        instance?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description Requires the manager role or higher */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail?: string;
                        instance?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description No such record in your agency */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail?: string;
                        instance?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
        };
    };
    WebhooksController_list: {
        parameters: {
            query?: {
                limit?: number;
                /** @description Opaque cursor from the previous page's `nextCursor` */
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookPageDto"];
                };
            };
            /** @description Validation failed; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail?: string;
                        instance?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description Missing, expired or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail?: string;
                        instance?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description Requires the admin role or higher */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail?: string;
                        instance?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
        };
    };
    WebhooksController_create: {
        parameters: {
            query?: never;
            header?: {
                /** @description Retry-safe POST: the same key and body within 24 h replays the first response */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateWebhookDto"];
            };
        };
        responses: {
            /** @description The signing secret is in this response only */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookWithSecretDto"];
                };
            };
            /** @description Validation failed; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail?: string;
                        instance?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description Missing, expired or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail?: string;
                        instance?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description Your role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail?: string;
                        instance?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /**
             * @description A replayed Idempotency-Key: the secret is shown only once, nothing is created
             *
             *     The same Idempotency-Key is still being processed
             */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail?: string;
                        instance?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description The Idempotency-Key was used with another body */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail?: string;
                        instance?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
        };
    };
    WebhooksController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookDto"];
                };
            };
            /** @description Validation failed; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail?: string;
                        instance?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description Missing, expired or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail?: string;
                        instance?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description Requires the admin role or higher */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail?: string;
                        instance?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description No such record in your agency */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail?: string;
                        instance?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
        };
    };
    WebhooksController_remove: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted, with its pending deliveries and its delivery log */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Validation failed; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail?: string;
                        instance?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description Missing, expired or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail?: string;
                        instance?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description Requires the admin role or higher */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail?: string;
                        instance?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description No such record in your agency */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail?: string;
                        instance?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
        };
    };
    WebhooksController_update: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag (version) you read; a stale one is answered 412 */
                "If-Match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateWebhookDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookDto"];
                };
            };
            /** @description Validation failed; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail?: string;
                        instance?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description Missing, expired or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail?: string;
                        instance?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description Your role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail?: string;
                        instance?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description No such record in your agency */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail?: string;
                        instance?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description If-Match names an older version; nothing changed */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail?: string;
                        instance?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
        };
    };
    WebhooksController_rotateSecret: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A new secret; deliveries are signed with both until `previousSecretExpiresAt` */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookWithSecretDto"];
                };
            };
            /** @description Validation failed; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail?: string;
                        instance?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description Missing, expired or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail?: string;
                        instance?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description Requires the admin role or higher */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail?: string;
                        instance?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description No such record in your agency */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail?: string;
                        instance?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description A replayed Idempotency-Key (the secret is shown only once); nothing rotated */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail?: string;
                        instance?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
        };
    };
    WebhookDeliveriesController_list: {
        parameters: {
            query?: {
                limit?: number;
                status?: "pending" | "delivered" | "failed";
                /** @description Opaque cursor from the previous page's `nextCursor` */
                cursor?: string;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Newest first, each with its attempts */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookDeliveryPageDto"];
                };
            };
            /** @description Validation failed; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail?: string;
                        instance?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description Missing, expired or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail?: string;
                        instance?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description Requires the admin role or higher */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail?: string;
                        instance?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description No such record in your agency */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail?: string;
                        instance?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
        };
    };
    WebhookDeliveriesController_redeliver: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                deliveryId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Queued: sent again (same event id and body) once the deliveries before it are */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookDeliveryDto"];
                };
            };
            /** @description Validation failed; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail?: string;
                        instance?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description Missing, expired or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail?: string;
                        instance?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description Requires the admin role or higher */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail?: string;
                        instance?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description No such record in your agency */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail?: string;
                        instance?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description The endpoint is disabled */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail?: string;
                        instance?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
        };
    };
    WebhookDeliveriesController_redeliverFailed: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Every failed delivery queued again, in its original order */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RedeliveredDto"];
                };
            };
            /** @description Validation failed; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail?: string;
                        instance?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description Missing, expired or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail?: string;
                        instance?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description Requires the admin role or higher */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail?: string;
                        instance?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description No such record in your agency */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail?: string;
                        instance?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description The endpoint is disabled */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail?: string;
                        instance?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
        };
    };
    WebhookDeliveriesController_sendTest: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A `webhook.test` event, queued after what is pending */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookDeliveryDto"];
                };
            };
            /** @description Validation failed; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail?: string;
                        instance?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description Missing, expired or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail?: string;
                        instance?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description Requires the admin role or higher */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail?: string;
                        instance?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description No such record in your agency */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail?: string;
                        instance?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description The endpoint is disabled */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail?: string;
                        instance?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
        };
    };
}
