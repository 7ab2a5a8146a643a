// Generated from the API's OpenAPI document by `npm run web:api-types`; do not edit by hand.
export interface paths {
    "/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Readiness check
         * @description PostgreSQL and Redis answer; a 503 names the one that does not.
         */
        get: operations["checkReadiness"];
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
        /**
         * Liveness check
         * @description Answers without touching PostgreSQL or Redis.
         */
        get: operations["checkLiveness"];
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
        /**
         * Sign in with email and password
         * @description Answers a bearer access token for the `Authorization` header, and sets the refresh cookie.
         */
        post: operations["login"];
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
        /**
         * Get a new access token
         * @description For the refresh cookie, which is rotated: each refresh token works once.
         */
        post: operations["refreshSession"];
        /**
         * Sign out
         * @description Revokes the refresh cookie's sign-in; the user's other devices stay signed in.
         */
        delete: operations["logout"];
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
        /**
         * Change your password
         * @description Every other session ends; this answer starts a new one.
         */
        post: operations["changePassword"];
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
        /** Get the signed-in user */
        get: operations["getCurrentUser"];
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
        /**
         * List your agency's users
         * @description In cursor pages.
         */
        get: operations["listUsers"];
        put?: never;
        /**
         * Add a user
         * @description Staff, manager or admin of your agency, who signs in with this email and password.
         */
        post: operations["createUser"];
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
        /** Get a user */
        get: operations["getUser"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Update a user
         * @description Change the role or name, disable or re-enable.
         */
        patch: operations["updateUser"];
        trace?: never;
    };
    "/v1/fairs/{fairId}/outcomes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a fair's outcomes
         * @description Consultations and contracts counted and valued in USD (and the home currency), with breakdowns by company, buyer country and day. Computed by the worker: `computedAt` says when, `stale` whether a write has happened since.
         */
        get: operations["getFairOutcomes"];
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
        /**
         * Outcomes of many fairs
         * @description One row per fair with its totals, and the grand total; filter by `year`, `series` or `country`.
         */
        get: operations["listOutcomes"];
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
        /**
         * Outcomes of a fair series, year over year
         * @description Each edition of the series (e.g. `cmef`) and the totals per year.
         */
        get: operations["getSeriesOutcomes"];
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
        /**
         * Download a fair's outcome report (XLSX)
         * @description In Korean or English (`lang`); default Korean for a KRW agency.
         */
        get: operations["downloadFairReportXlsx"];
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
        /**
         * Download a fair's outcome report (CSV)
         * @description In Korean or English (`lang`); default Korean for a KRW agency.
         */
        get: operations["downloadFairReportCsv"];
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
        /**
         * Download the outcome report of a year (XLSX)
         * @description Every fair of the year (default: this year), one row each, and the grand total of `GET /v1/outcomes?year=`.
         */
        get: operations["downloadYearlyReportXlsx"];
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
        /**
         * Download the outcome report of a year (CSV)
         * @description Every fair of the year (default: this year), one row each, and the grand total of `GET /v1/outcomes?year=`.
         */
        get: operations["downloadYearlyReportCsv"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/fairs/{fairId}/follow-up-rounds": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A fair's follow-up rounds
         * @description Its schedule (by default 3, 6 and 12 months after the fair's last day, at midnight in the fair's time zone), each round with when it opens or opened and how many companies were asked and answered.
         */
        get: operations["listFollowUpRounds"];
        /**
         * Set a fair's follow-up schedule
         * @description The months after the fair, one per round. Unopened rounds not named are removed; an opened round must stay (422).
         */
        put: operations["updateFollowUpRounds"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/follow-up-rounds/{roundId}/questionnaires": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A round's questionnaires
         * @description One per participating company: invitation, reminders, answer and link state.
         */
        get: operations["listFollowUpQuestionnaires"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/follow-up-questionnaires/{questionnaireId}/response": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A company's answers to a round */
        get: operations["getFollowUpResponse"];
        put?: never;
        /**
         * Enter a company's answers on its behalf
         * @description As the company would through its link: stages of its open consultations move, later contracts are recorded. Once per questionnaire (409 after).
         */
        post: operations["submitFollowUpResponseForCompany"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/follow-up-questionnaires/{questionnaireId}/link": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Give a company a new self-report link
         * @description The old link stops working; the new one is emailed to the company and shown here once.
         */
        post: operations["renewFollowUpLink"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/follow-up-questionnaires/{questionnaireId}/link/revoke": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Revoke a company's self-report link
         * @description It is refused (410) from its next use. Revoking a revoked link changes nothing.
         */
        post: operations["revokeFollowUpLink"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/fairs/{fairId}/outcomes/follow-ups": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A fair's exhibitor survey results
         * @description Per round: companies asked, responses, response rate, average satisfaction, share who would exhibit again, and the contracts and shipments companies reported (values summed per currency). `responses` (every answer) only for users and keys with `followups:read`.
         */
        get: operations["getFollowUpResults"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/follow-up/questionnaires/{questionnaireId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The questionnaire a company answers through its link
         * @description Its open consultations at the fair (buyers' organisation and country only, never their contact data) and its answers once given.
         */
        get: operations["getFollowUpForm"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/follow-up/questionnaires/{questionnaireId}/response": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Answer a round through the link
         * @description Once (409 after).
         */
        post: operations["submitFollowUpResponse"];
        delete?: never;
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
        /**
         * Export consultations (XLSX)
         * @description The filters of the list; the file imports back as it is.
         */
        get: operations["exportConsultationsXlsx"];
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
        /**
         * Export consultations (CSV)
         * @description The filters of the list; UTF-8 with a BOM; the file imports back as it is.
         */
        get: operations["exportConsultationsCsv"];
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
        /**
         * List consultations
         * @description Filter by fair, company, buyer, buyer country, stage, type and date; in creation order, in cursor pages (`nextCursor`).
         */
        get: operations["listConsultations"];
        put?: never;
        /**
         * Log a consultation
         * @description Only `fairId`, `companyId` and `buyerCountry` (or `buyerId`) are required; the USD value is frozen at the agency's exchange rate.
         */
        post: operations["createConsultation"];
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
        /** Get a consultation */
        get: operations["getConsultation"];
        put?: never;
        post?: never;
        /** Delete a consultation */
        delete: operations["deleteConsultation"];
        options?: never;
        head?: never;
        /**
         * Update a consultation
         * @description `null` clears an optional field.
         */
        patch: operations["updateConsultation"];
        trace?: never;
    };
    "/v1/exchange-rates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List exchange rates
         * @description Filter by `currency` and date range; in cursor pages.
         */
        get: operations["listExchangeRates"];
        put?: never;
        /**
         * Add an exchange rate
         * @description Units of a currency per US dollar on a date; records dated on or after it (until a later rate) are converted with it.
         */
        post: operations["createExchangeRate"];
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
        /** Get an exchange rate */
        get: operations["getExchangeRate"];
        put?: never;
        post?: never;
        /**
         * Delete an exchange rate
         * @description Rates are immutable: delete a wrong one and add it again. Records keep the rate they used.
         */
        delete: operations["deleteExchangeRate"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/contracts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List contracts
         * @description Filter by fair, company, buyer, buyer country, status and signing date; in creation order, in cursor pages (`nextCursor`).
         */
        get: operations["listContracts"];
        put?: never;
        /**
         * Record a contract
         * @description A `signed` contract needs `signedOn`; the USD value is frozen at the agency's exchange rate of that day.
         */
        post: operations["createContract"];
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
        /** Get a contract */
        get: operations["getContract"];
        put?: never;
        post?: never;
        /** Delete a contract */
        delete: operations["deleteContract"];
        options?: never;
        head?: never;
        /**
         * Update a contract
         * @description For example its status, from `expected` to `signed`.
         */
        patch: operations["updateContract"];
        trace?: never;
    };
    "/v1/shipments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List shipments
         * @description Filter by fair, company (the contract's), contract, evidence and shipping date; in creation order, in cursor pages (`nextCursor`).
         */
        get: operations["listShipments"];
        put?: never;
        /**
         * Record a shipment
         * @description Evidence starts `self_reported`; the USD value is frozen at the agency's exchange rate of `shippedOn`.
         */
        post: operations["createShipment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/contracts/{id}/shipments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List a contract's shipments
         * @description In creation order, in cursor pages.
         */
        get: operations["listContractShipments"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/shipments/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get a shipment */
        get: operations["getShipment"];
        put?: never;
        post?: never;
        /** Delete a shipment */
        delete: operations["deleteShipment"];
        options?: never;
        head?: never;
        /**
         * Update a shipment
         * @description Its date, value or note. A new date or value drops a verification (evidence goes back to `document` or `self_reported`).
         */
        patch: operations["updateShipment"];
        trace?: never;
    };
    "/v1/shipments/{id}/document": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Download a shipment's evidence document */
        get: operations["downloadShipmentDocument"];
        put?: never;
        /**
         * Attach an evidence document
         * @description One file (application/pdf, image/png, image/jpeg, image/webp, judged by its content) in a `file` part; evidence becomes `document` (a verification is dropped).
         */
        post: operations["uploadShipmentDocument"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/shipments/{id}/verify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Verify a shipment
         * @description Managers: evidence becomes `verified`, with who and when (audited).
         */
        post: operations["verifyShipment"];
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
        /**
         * List companies
         * @description The exhibiting companies of your agency; filter by `registrationNumber`, `region` or a name search (`q`); in cursor pages.
         */
        get: operations["listCompanies"];
        put?: never;
        /** Register a company */
        post: operations["createCompany"];
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
        /** Get a company */
        get: operations["getCompany"];
        put?: never;
        post?: never;
        /**
         * Delete a company
         * @description A soft delete; refused (409) while it exhibits at a fair or has consultations or contracts.
         */
        delete: operations["deleteCompany"];
        options?: never;
        head?: never;
        /** Update a company */
        patch: operations["updateCompany"];
        trace?: never;
    };
    "/v1/fairs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List fairs
         * @description Filter by `year`, `series`, `country`, `kind` or start date; in cursor pages (`nextCursor`).
         */
        get: operations["listFairs"];
        put?: never;
        /** Create a fair */
        post: operations["createFair"];
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
        /** Get a fair */
        get: operations["getFair"];
        put?: never;
        post?: never;
        /**
         * Delete a fair
         * @description A soft delete; refused (409) while participants, consultations or contracts remain.
         */
        delete: operations["deleteFair"];
        options?: never;
        head?: never;
        /**
         * Update a fair
         * @description Moving its dates or time zone is refused (422) when a consultation or meeting session would fall outside the fair.
         */
        patch: operations["updateFair"];
        trace?: never;
    };
    "/v1/fairs/{fairId}/participants": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List a fair's exhibiting companies
         * @description In cursor pages.
         */
        get: operations["listParticipants"];
        put?: never;
        /** Add an exhibiting company to a fair */
        post: operations["addParticipant"];
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
        /** Get a company's participation in a fair */
        get: operations["getParticipant"];
        put?: never;
        post?: never;
        /**
         * Remove an exhibiting company from a fair
         * @description Refused (409) while the company has consultations or contracts at the fair.
         */
        delete: operations["removeParticipant"];
        options?: never;
        head?: never;
        /**
         * Update a company's participation in a fair
         * @description Its booth, for example.
         */
        patch: operations["updateParticipant"];
        trace?: never;
    };
    "/v1/buyers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List buyers
         * @description Filter by `country`, `buyerType`, an organisation search (`q`) or `email` (API keys need the `buyers:pii` scope for it); in cursor pages. Contact details are left out for API keys without `buyers:pii`.
         */
        get: operations["listBuyers"];
        put?: never;
        /**
         * Add a buyer
         * @description An email already on file is a 409 whose `existingId` names the buyer to reuse.
         */
        post: operations["createBuyer"];
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
        /** Get a buyer */
        get: operations["getBuyer"];
        put?: never;
        post?: never;
        /**
         * Delete a buyer
         * @description A soft delete; refused (409) while consultations or contracts name the buyer.
         */
        delete: operations["deleteBuyer"];
        options?: never;
        head?: never;
        /** Update a buyer */
        patch: operations["updateBuyer"];
        trace?: never;
    };
    "/v1/buyers/{id}/personal-data": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Export a buyer's personal data
         * @description For a data subject request: the buyer (also if deleted), its consultations and contracts, and its audit history.
         */
        get: operations["exportBuyerPersonalData"];
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
        /**
         * Erase a buyer's personal data
         * @description Clears contact name, email and phone; organisation, country and its records stay.
         */
        post: operations["eraseBuyerPersonalData"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/api-keys": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List API keys
         * @description By prefix, with scopes, fairs, expiry, revocation and last use; never the secret.
         */
        get: operations["listApiKeys"];
        put?: never;
        /**
         * Issue an API key to a partner
         * @description Read only, limited to its scopes (and fairs, if given). The secret is in this answer only.
         */
        post: operations["createApiKey"];
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
        /** Get an API key */
        get: operations["getApiKey"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Change an API key's name, scopes or fairs
         * @description Same rules as issuing; the key works with its new scopes and fairs from its next request on.
         */
        patch: operations["updateApiKey"];
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
        /**
         * Revoke an API key
         * @description The key stops working on its next request.
         */
        post: operations["revokeApiKey"];
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
        /**
         * Rotate an API key's secret
         * @description A new secret for the same key; the old secret stops working on its next request.
         */
        post: operations["rotateApiKey"];
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
        /**
         * List the audit log
         * @description Every write of your agency, newest first; filter by record, entity or actor; in cursor pages. Personal data is logged as changed, never by value.
         */
        get: operations["listAuditEntries"];
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
        /**
         * List product categories
         * @description Your agency's vocabulary for company and buyer profiles, by slug.
         */
        get: operations["listCategories"];
        put?: never;
        /** Add a product category */
        post: operations["createCategory"];
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
        /** Get a company's matchmaking profile */
        get: operations["getCompanyProfile"];
        /**
         * Set a company's matchmaking profile
         * @description Replaces the whole profile; categories come from the agency vocabulary.
         */
        put: operations["putCompanyProfile"];
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
        /** Get a buyer's matchmaking profile */
        get: operations["getBuyerProfile"];
        /**
         * Set a buyer's matchmaking profile
         * @description Replaces the whole profile; categories come from the agency vocabulary.
         */
        put: operations["putBuyerProfile"];
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
        /**
         * List interpreters
         * @description In cursor pages.
         */
        get: operations["listInterpreters"];
        put?: never;
        /** Add an interpreter */
        post: operations["createInterpreter"];
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
        /** Get an interpreter */
        get: operations["getInterpreter"];
        put?: never;
        post?: never;
        /**
         * Delete an interpreter
         * @description A soft delete; refused (409) while the interpreter has scheduled meetings.
         */
        delete: operations["deleteInterpreter"];
        options?: never;
        head?: never;
        /** Update an interpreter */
        patch: operations["updateInterpreter"];
        trace?: never;
    };
    "/v1/fairs/{fairId}/meeting-sessions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List a fair's meeting sessions
         * @description The blocks of time and tables in which meetings are placed, in time order.
         */
        get: operations["listMeetingSessions"];
        put?: never;
        /** Add a meeting session to a fair */
        post: operations["createMeetingSession"];
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
        /**
         * Delete a meeting session
         * @description Refused (409) while it has meetings.
         */
        delete: operations["deleteMeetingSession"];
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
        /**
         * List a fair's meetings
         * @description Filter by status, company, buyer or interpreter; in cursor pages.
         */
        get: operations["listMeetings"];
        put?: never;
        /**
         * Request a meeting
         * @description Between an exhibitor of the fair and a buyer; it starts as `requested`, to be accepted and placed in a slot.
         */
        post: operations["requestMeeting"];
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
        /**
         * Download a meeting calendar (iCalendar)
         * @description One company's, buyer's or interpreter's scheduled meetings at the fair.
         */
        get: operations["downloadMeetingCalendar"];
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
        /** Get a meeting */
        get: operations["getMeeting"];
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
        /**
         * Place a meeting in a slot
         * @description A session, start time and table (and an interpreter); double bookings and out-of-hours slots are refused (409).
         */
        post: operations["placeMeeting"];
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
        /** Record a held meeting as a consultation */
        post: operations["createConsultationFromMeeting"];
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
        /**
         * Move a meeting to its next status
         * @description accept or decline a requested meeting, mark a scheduled one held or no-show, or cancel an open one.
         */
        post: operations["advanceMeeting"];
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
        /**
         * Schedule accepted meetings automatically
         * @description Places the accepted meetings of the fair in free slots, in the background; poll the run.
         */
        post: operations["scheduleMeetings"];
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
        /**
         * Get a scheduling run
         * @description Its status and progress; once done, how many meetings it placed and why others were not.
         */
        get: operations["getScheduleRun"];
        put?: never;
        post?: never;
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
        /**
         * Suggest matches at a fair
         * @description The fair's exhibitors for one buyer (`buyerId`), or the agency's buyers for one exhibitor (`companyId`); best first, with the reasons.
         */
        get: operations["listMatches"];
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
        /**
         * Import a spreadsheet of consultations or contracts
         * @description Upload a .csv or .xlsx for one fair; the import runs in the background (poll the import). `dryRun` checks the rows without writing. With an `Idempotency-Key`, a retry replays the first answer: the file is not compared, so use a new key for a new file.
         */
        post: operations["createImport"];
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
        /**
         * Get an import
         * @description Its state, progress and row counts, while it runs and after.
         */
        get: operations["getImport"];
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
        /** Download an import's rejected rows (CSV) */
        get: operations["downloadImportErrors"];
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
        /**
         * List webhook endpoints
         * @description With their subscriptions and state; never a secret.
         */
        get: operations["listWebhooks"];
        put?: never;
        /**
         * Register a webhook endpoint
         * @description Events of the agency are POSTed to `url`, signed as Standard Webhooks 1.0. It receives only event types its scopes can read; the URL must resolve to public addresses only. The signing secret is in this answer only.
         */
        post: operations["createWebhook"];
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
        /** Get a webhook endpoint */
        get: operations["getWebhook"];
        put?: never;
        post?: never;
        /**
         * Delete a webhook endpoint
         * @description With its pending deliveries and its delivery log.
         */
        delete: operations["deleteWebhook"];
        options?: never;
        head?: never;
        /**
         * Update a webhook endpoint
         * @description `enabled: true` sends what was pending when it was disabled, at once and in order; `fairIds: null` is every fair again.
         */
        patch: operations["updateWebhook"];
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
        /**
         * Rotate a webhook endpoint's signing secret
         * @description A new secret, in this answer only; deliveries are signed with the old and the new one until `previousSecretExpiresAt`.
         */
        post: operations["rotateWebhookSecret"];
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
        /**
         * List a webhook endpoint's deliveries
         * @description Newest first, each with its attempts.
         */
        get: operations["listWebhookDeliveries"];
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
        /**
         * Send one event again
         * @description The same event id and body, once the deliveries before it have gone; a pending delivery is tried now rather than at its backoff time.
         */
        post: operations["redeliverWebhookDelivery"];
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
        /**
         * Send every failed delivery again
         * @description In their original order.
         */
        post: operations["redeliverFailedWebhookDeliveries"];
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
        /**
         * Send a test event
         * @description A signed `webhook.test` event, queued after what is pending.
         */
        post: operations["sendWebhookTestEvent"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/invitations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List pending invitations
         * @description Neither accepted, revoked nor expired; oldest first, in cursor pages.
         */
        get: operations["listInvitations"];
        put?: never;
        /**
         * Invite a user by email
         * @description Mails a link (in the invitee's language) that sets their password once and creates the account in your agency. A pending invitation to the same email is replaced.
         */
        post: operations["createInvitation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/invitations/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get an invitation
         * @description In any status: pending, accepted, revoked or expired.
         */
        get: operations["getInvitation"];
        put?: never;
        post?: never;
        /**
         * Revoke an invitation
         * @description Its link stops working.
         */
        delete: operations["revokeInvitation"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/invitations/accept": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Accept an invitation: set your password
         * @description With the token of the invitation link. Works once; then sign in with the invitation email and this password.
         */
        post: operations["acceptInvitation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/auth/password-reset": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Forgot password: mail a reset link
         * @description Answers the same 202 whether or not the email has an account. The link works once, for PASSWORD_RESET_TTL_MINUTES.
         */
        post: operations["requestPasswordReset"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/auth/password-reset/confirm": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Set a new password with a reset link
         * @description With the token of the reset link. Every session of the user ends; sign in with the new password.
         */
        post: operations["resetPassword"];
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
            /**
             * @description The language of the mails the user receives
             * @enum {string}
             */
            language: "ko" | "en";
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
            /**
             * @description The language of the mails the user receives (default ko)
             * @enum {string}
             */
            language?: "ko" | "en";
        };
        UpdateUserDto: {
            /** @enum {string} */
            role?: "staff" | "manager" | "admin";
            /** @description true disables the user (sign-in and existing tokens stop working) */
            disabled?: boolean;
            name?: string;
            /**
             * @description The language of the mails the user receives
             * @enum {string}
             */
            language?: "ko" | "en";
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
        ConsultationPhasesDto: {
            /** @description Booth and interpreted consultations */
            onSite: components["schemas"]["CountValueDto"];
            /** @description Video consultations after the fair */
            after: components["schemas"]["CountValueDto"];
        };
        SignedPhasesDto: {
            onSite: components["schemas"]["CountValueDto"];
            later: components["schemas"]["CountValueDto"];
        };
        FunnelDto: {
            consultations: components["schemas"]["ConsultationPhasesDto"];
            /**
             * @description Consultations rated hot
             * @example 12
             */
            hotLeads: number;
            /** @description 계약추진 */
            expected: components["schemas"]["CountValueDto"];
            /** @description 가계약 */
            provisional: components["schemas"]["CountValueDto"];
            /** @description 체결 */
            signed: components["schemas"]["SignedPhasesDto"];
            /** @description Shipments (realized exports) */
            shipped: components["schemas"]["CountValueDto"];
        };
        FunnelHomeDto: {
            consultationsOnSiteValue: string | null;
            consultationsAfterValue: string | null;
            provisionalValue: string | null;
            signedOnSiteValue: string | null;
            signedLaterValue: string | null;
            shippedValue: string | null;
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
            /** @description The funnel's values in the home currency; each null without a rate */
            funnel: components["schemas"]["FunnelHomeDto"];
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
            funnel: components["schemas"]["FunnelDto"];
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
        MonthOutcomeDto: {
            /**
             * @description Whole months since the fair's last day (0: during the fair or within a month after it)
             * @example 3
             */
            month: number;
            /** @description Contracts signed in this month */
            signed: components["schemas"]["CountValueDto"];
            /** @description Shipments made in this month */
            shipped: components["schemas"]["CountValueDto"];
            /** @description Contracts signed up to and including this month */
            signedToDate: components["schemas"]["CountValueDto"];
            /** @description Shipments up to and including this month */
            shippedToDate: components["schemas"]["CountValueDto"];
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
            funnel: components["schemas"]["FunnelDto"];
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
            /** @description Signings and shipments by month since the fair, every month from 0 to the last with one (the cumulative curve in `…ToDate`) */
            byMonth: components["schemas"]["MonthOutcomeDto"][];
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
            funnel: components["schemas"]["FunnelDto"];
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
            funnel: components["schemas"]["FunnelDto"];
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
        RoundDto: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            fairId: string;
            /** @description 1, 2, 3 … in order of months after the fair */
            sequence: number;
            monthsAfter: number;
            /**
             * Format: date-time
             * @description Midnight, in the fair's time zone, of the day monthsAfter months after the fair's last day
             */
            opensAt: string;
            /** Format: date-time */
            openedAt?: string | null;
            /** @description Companies asked (one questionnaire each); 0 before it opens */
            questionnaires: number;
            responses: number;
        };
        RoundListDto: {
            data: components["schemas"]["RoundDto"][];
        };
        UpdateScheduleDto: {
            /**
             * @description Months after the fair's last day, one per round (1–120, no repeats, at most 12). Rounds already opened must stay; an empty list means no further rounds.
             * @example [
             *       3,
             *       6,
             *       12
             *     ]
             */
            monthsAfter: number[];
        };
        QuestionnaireDto: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            roundId: string;
            /** Format: uuid */
            fairId: string;
            /** Format: uuid */
            companyId: string;
            companyName: string;
            /**
             * @description Language of its emails and form
             * @enum {string}
             */
            language: "ko" | "en";
            /**
             * Format: date-time
             * @description When its invitation was queued; null for a round opened too late to invite
             */
            invitedAt?: string | null;
            remindersSent: number;
            /** Format: date-time */
            lastRemindedAt?: string | null;
            /** Format: date-time */
            respondedAt?: string | null;
            /** Format: date-time */
            linkExpiresAt: string;
            /** Format: date-time */
            linkRevokedAt?: string | null;
            /** @description Times its link was used (answered or refused) */
            linkUses: number;
        };
        QuestionnaireListDto: {
            data: components["schemas"]["QuestionnaireDto"][];
        };
        MoneyView: {
            /** @example 125000.00 */
            amount: string;
            /** @example USD */
            currency: string;
        };
        ReportedFigureView: {
            count: number;
            value?: components["schemas"]["MoneyView"] | null;
        };
        StageChangeView: {
            /** Format: uuid */
            consultationId: string;
            /** @enum {string} */
            from: "consulted" | "follow_up" | "negotiating" | "won" | "lost";
            /** @enum {string} */
            to: "consulted" | "follow_up" | "negotiating" | "won" | "lost";
        };
        ResponseDto: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            questionnaireId: string;
            /** Format: uuid */
            roundId: string;
            /** Format: uuid */
            companyId: string;
            satisfaction: number;
            wouldExhibitAgain: boolean;
            contractsSigned: components["schemas"]["ReportedFigureView"];
            contractsExpected: components["schemas"]["ReportedFigureView"];
            shipments: components["schemas"]["ReportedFigureView"];
            consultationStages: components["schemas"]["StageChangeView"][];
            /** @description Contracts recorded with this response (laterContracts, in order) */
            contractIds: string[];
            /** @description Provisional contracts this response confirmed as signed */
            confirmedContractIds: string[];
            /** @description Shipments recorded with this response */
            shipmentIds: string[];
            comment?: string | null;
            /** @enum {string} */
            submittedBy: "company" | "manager";
            /** Format: date-time */
            submittedAt: string;
        };
        StageAnswerDto: {
            /**
             * Format: uuid
             * @description One of the company's open consultations at the fair (see the questionnaire)
             */
            consultationId: string;
            /** @enum {string} */
            stage: "consulted" | "follow_up" | "negotiating" | "won" | "lost";
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
        ReportedFigureDto: {
            count: number;
            /** @description Their total value, if the company says */
            value?: components["schemas"]["MoneyDto"];
        };
        ShipmentAnswerDto: {
            /**
             * @description Not before the fair's first day
             * @example 2017-09-04
             */
            shippedOn: string;
            value: components["schemas"]["MoneyDto"];
            note?: string;
        };
        LaterContractDto: {
            /**
             * Format: uuid
             * @description The consultation it grew from (one of the company’s at the fair); its buyer is the contract’s
             */
            consultationId?: string;
            /**
             * @description ISO 3166-1 alpha-2; required without consultationId
             * @example CN
             */
            buyerCountry?: string;
            /**
             * @description signed (체결) or provisional (가계약)
             * @default signed
             * @enum {string}
             */
            status: "signed" | "provisional";
            /**
             * @description Required when signed
             * @example 2027-02-10
             */
            signedOn?: string;
            value: components["schemas"]["MoneyDto"];
            /** @description Shipments already made under this contract */
            shipments?: components["schemas"]["ShipmentAnswerDto"][];
        };
        ConfirmedContractDto: {
            /**
             * Format: uuid
             * @description One of the company's provisional contracts at the fair
             */
            contractId: string;
            /** @example 2027-02-10 */
            signedOn: string;
        };
        CreateShipmentDto: {
            /**
             * Format: uuid
             * @description A provisional or signed contract of your agency
             */
            contractId: string;
            /**
             * @description Not before the fair's first day
             * @example 2017-09-04
             */
            shippedOn: string;
            value: components["schemas"]["MoneyDto"];
            note?: string;
        };
        SubmitResponseDto: {
            /** @description Where each open consultation stands now; one left out keeps its stage */
            consultations?: components["schemas"]["StageAnswerDto"][];
            /** @description Contracts signed since the fair */
            contractsSigned: components["schemas"]["ReportedFigureDto"];
            /** @description Contracts still expected */
            contractsExpected: components["schemas"]["ReportedFigureDto"];
            /** @description Shipments made (realized exports) */
            shipments: components["schemas"]["ReportedFigureDto"];
            /** @description Satisfaction with the pavilion */
            satisfaction: number;
            wouldExhibitAgain: boolean;
            /** @description Signed contracts to record (each becomes a contract of the fair, signed after it) */
            laterContracts?: components["schemas"]["LaterContractDto"][];
            /** @description Provisional contracts now signed */
            confirmedContracts?: components["schemas"]["ConfirmedContractDto"][];
            /** @description Shipments (recorded as self-reported) under the company's provisional or signed contracts at the fair (see the form's contracts) */
            laterShipments?: components["schemas"]["CreateShipmentDto"][];
            comment?: string;
        };
        NewLinkDto: {
            /**
             * @description Language of the email and the form from now on
             * @enum {string}
             */
            language?: "ko" | "en";
        };
        NewLinkAnswerDto: {
            /** @description The new self-report link (shown once; it was also emailed to the company) */
            url: string;
            /** Format: date-time */
            expiresAt: string;
        };
        ReportedTotalsDto: {
            /** @description Sum of the counts companies reported */
            count: number;
            /** @description Sum of the values they reported, per currency (summed in SQL) */
            values: components["schemas"]["MoneyView"][];
        };
        RoundSurveyDto: {
            /** Format: uuid */
            roundId: string;
            sequence: number;
            monthsAfter: number;
            /** Format: date-time */
            opensAt: string;
            /** Format: date-time */
            openedAt?: string | null;
            /**
             * Format: date
             * @description The day it opened, in the fair's time zone
             */
            openedOn?: string | null;
            /** @description Companies asked */
            companies: number;
            responses: number;
            /**
             * @description responses ÷ companies, 4 decimals ("0.0000" when none were asked)
             * @example 0.5000
             */
            responseRate: string;
            /**
             * @description Mean satisfaction (1–5), 2 decimals; null without responses
             * @example 4.25
             */
            averageSatisfaction?: string | null;
            /** @description Answers of each satisfaction, 1 to 5 */
            satisfactionCounts: number[];
            wouldExhibitAgain: number;
            /**
             * @description Share answering yes, 4 decimals; null without responses
             * @example 0.7500
             */
            wouldExhibitAgainShare?: string | null;
            contractsSigned: components["schemas"]["ReportedTotalsDto"];
            contractsExpected: components["schemas"]["ReportedTotalsDto"];
            shipments: components["schemas"]["ReportedTotalsDto"];
        };
        SurveyResultsDto: {
            /** Format: uuid */
            fairId: string;
            rounds: components["schemas"]["RoundSurveyDto"][];
            /** @description Every answer in full: for users, and for API keys with `followups:read` (absent otherwise) */
            responses?: components["schemas"]["ResponseDto"][];
        };
        FormFairDto: {
            name: string;
            city: string;
            country: string;
            /** Format: date */
            startsOn: string;
            /** Format: date */
            endsOn: string;
            timezone: string;
        };
        FormConsultationDto: {
            /** Format: uuid */
            id: string;
            /**
             * Format: date
             * @description Fair-local date
             */
            localDate: string;
            /** @description The buyer's organisation (never its contact's name, email or phone) */
            buyerOrganisation?: string | null;
            buyerCountry: string;
            productInterest?: string | null;
            estimatedValue?: components["schemas"]["MoneyView"] | null;
            /** @enum {string} */
            stage: "consulted" | "follow_up" | "negotiating" | "won" | "lost";
        };
        FormContractDto: {
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            status: "expected" | "provisional" | "signed" | "cancelled";
            /** Format: date */
            signedOn?: string | null;
            /** @description The buyer's organisation (never its contact's name, email or phone) */
            buyerOrganisation?: string | null;
            buyerCountry: string;
            value: components["schemas"]["MoneyView"];
            /** @description Shipments recorded under it so far */
            shipments: number;
        };
        FormDto: {
            /** Format: uuid */
            questionnaireId: string;
            /** @enum {string} */
            language: "ko" | "en";
            companyName: string;
            fair: components["schemas"]["FormFairDto"];
            round: number;
            monthsAfter: number;
            /** Format: date-time */
            linkExpiresAt: string;
            /** @description Its open consultations at the fair (not won or lost) */
            consultations: components["schemas"]["FormConsultationDto"][];
            /** @description Its contracts at the fair (any status) */
            contracts: components["schemas"]["FormContractDto"][];
            /** @description Its answers, once given */
            response?: components["schemas"]["ResponseDto"] | null;
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
            type: "booth" | "interpreted" | "video";
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
             * @description How promising the lead is
             * @enum {string|null}
             */
            rating: "hot" | "warm" | "cold" | null;
            /** @description What happens next */
            nextStep: string | null;
            /**
             * @description When the follow-up is due
             * @example 2017-06-15
             */
            followUpDue: string | null;
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
        ConsultationPageDto: {
            data: components["schemas"]["ConsultationDto"][];
            nextCursor: string | null;
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
             * @description Defaults to now; must fall within the fair's dates in its time zone, ± 1 day (a `video` consultation: after the fair's last day)
             * @example 2017-05-15T02:30:00Z
             */
            occurredAt?: string;
            /**
             * @description Defaults to `booth` (or `interpreted` with `interpreterUsed: true`); `video`: a follow-up consultation after the fair, counted apart
             * @enum {string}
             */
            type?: "booth" | "interpreted" | "video";
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
             * @description Defaults to `consulted`
             * @enum {string}
             */
            stage?: "consulted" | "follow_up" | "negotiating" | "won" | "lost";
            notes?: string;
            /**
             * @description How promising the lead is
             * @enum {string}
             */
            rating?: "hot" | "warm" | "cold";
            /** @example Send the CE certificate and a price list */
            nextStep?: string;
            /**
             * @description When the follow-up is due
             * @example 2017-06-15
             */
            followUpDue?: string;
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
             * @description Defaults to now; must fall within the fair's dates in its time zone, ± 1 day (a `video` consultation: after the fair's last day)
             * @example 2017-05-15T02:30:00Z
             */
            occurredAt?: string;
            /**
             * @description Defaults to `booth` (or `interpreted` with `interpreterUsed: true`); `video`: a follow-up consultation after the fair, counted apart
             * @enum {string}
             */
            type?: "booth" | "interpreted" | "video";
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
             * @description Defaults to `consulted`
             * @enum {string}
             */
            stage?: "consulted" | "follow_up" | "negotiating" | "won" | "lost";
            notes?: string;
            /**
             * @description How promising the lead is
             * @enum {string}
             */
            rating?: "hot" | "warm" | "cold";
            /** @example Send the CE certificate and a price list */
            nextStep?: string;
            /**
             * @description When the follow-up is due
             * @example 2017-06-15
             */
            followUpDue?: string;
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
            status: "expected" | "provisional" | "signed" | "cancelled";
            /** @example 2017-05-17 */
            signedOn: string | null;
            /** @description Signed during the fair (true) or after (false) */
            onSite: boolean | null;
            /**
             * @description `onSite` in words: `on_site` or `later`; null without a signing date
             * @enum {string|null}
             */
            signedPhase: "on_site" | "later" | null;
            /**
             * Format: uuid
             * @description The follow-up round in which the company reported it (read-only)
             */
            reportedRoundId: string | null;
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
             * @description expected = 계약추진, provisional = 가계약, signed = 체결
             * @enum {string}
             */
            status: "expected" | "provisional" | "signed" | "cancelled";
            /**
             * @description Required when status is signed
             * @example 2017-05-17
             */
            signedOn?: string;
            /** @description Signed during the fair (`signedPhase` on_site) or after it (later); defaults to whether signedOn lies within the fair's dates */
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
             * @description expected = 계약추진, provisional = 가계약, signed = 체결
             * @enum {string}
             */
            status?: "expected" | "provisional" | "signed" | "cancelled";
            /**
             * @description Required when status is signed
             * @example 2017-05-17
             */
            signedOn?: string;
            /** @description Signed during the fair (`signedPhase` on_site) or after it (later); defaults to whether signedOn lies within the fair's dates */
            onSite?: boolean;
            value?: components["schemas"]["MoneyDto"];
            notes?: string;
        };
        ShipmentDocumentDto: {
            /** @example bill-of-lading.pdf */
            fileName: string;
            /**
             * @description Read from the file's own bytes
             * @example application/pdf
             */
            contentType: string;
            /**
             * @description Size in bytes (a decimal string)
             * @example 48213
             */
            bytes: string;
            /** @example 9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08 */
            sha256: string;
        };
        ShipmentDto: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            contractId: string;
            /**
             * Format: uuid
             * @description The contract's fair
             */
            fairId: string;
            /** @example 2017-09-04 */
            shippedOn: string;
            value: components["schemas"]["MoneyView"];
            /**
             * @description value in USD, frozen at write time (the rate of shippedOn)
             * @example 120000.00
             */
            valueUsd: string;
            /** @description The rate used; null for USD */
            exchangeRate: components["schemas"]["AppliedRateDto"] | null;
            /** @enum {string} */
            evidence: "self_reported" | "document" | "verified";
            /** @description The uploaded evidence document, if any */
            document: components["schemas"]["ShipmentDocumentDto"] | null;
            /**
             * Format: uuid
             * @description The manager who verified it
             */
            verifiedBy: string | null;
            /** Format: date-time */
            verifiedAt: string | null;
            note: string | null;
            /**
             * Format: uuid
             * @description null when the company reported it itself
             */
            createdBy: string | null;
            /**
             * Format: uuid
             * @description The follow-up round in which the company reported it (read-only)
             */
            reportedRoundId: string | null;
            version: number;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
        };
        ShipmentPageDto: {
            data: components["schemas"]["ShipmentDto"][];
            nextCursor: string | null;
        };
        UpdateShipmentDto: {
            /**
             * @description Not before the fair's first day
             * @example 2017-09-04
             */
            shippedOn?: string;
            value?: components["schemas"]["MoneyDto"];
            note?: string;
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
            /**
             * @description The language of its follow-up questionnaires and their emails
             * @enum {string}
             */
            language: "ko" | "en";
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
            /**
             * @description The language of its follow-up questionnaires and their emails (default ko)
             * @enum {string}
             */
            language?: "ko" | "en";
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
            /**
             * @description The language of its follow-up questionnaires and their emails (default ko)
             * @enum {string}
             */
            language?: "ko" | "en";
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
             * @description Defaults to `trade_fair`
             * @enum {string}
             */
            kind?: "trade_fair" | "consultation_meeting" | "trade_mission";
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
             * @description Defaults to `trade_fair`
             * @enum {string}
             */
            kind?: "trade_fair" | "consultation_meeting" | "trade_mission";
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
        AuditActorDto: {
            /**
             * @description company_link: a company answering a follow-up round through its link (id: the questionnaire)
             * @enum {string}
             */
            type: "user" | "api_key" | "company_link" | "system";
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
        ApiKeyDto: {
            /** Format: uuid */
            id: string;
            name: string;
            /**
             * @description Identifies the key in lists and logs; not a secret
             * @example pvk_1a2b3c4d
             */
            prefix: string;
            scopes: ("fairs:read" | "outcomes:read" | "consultations:read" | "contracts:read" | "companies:read" | "buyers:read" | "buyers:pii" | "followups:read")[];
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
            scopes: ("fairs:read" | "outcomes:read" | "consultations:read" | "contracts:read" | "companies:read" | "buyers:read" | "buyers:pii" | "followups:read")[];
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
            scopes: ("fairs:read" | "outcomes:read" | "consultations:read" | "contracts:read" | "companies:read" | "buyers:read" | "buyers:pii" | "followups:read")[];
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
        UpdateApiKeyDto: {
            /**
             * @description The partner the key is for
             * @example KOTRA Frankfurt
             */
            name?: string;
            /**
             * @example [
             *       "fairs:read",
             *       "outcomes:read"
             *     ]
             */
            scopes?: ("fairs:read" | "outcomes:read" | "consultations:read" | "contracts:read" | "companies:read" | "buyers:read" | "buyers:pii" | "followups:read")[];
            /** @description Limit the key to these fairs; null for every fair */
            fairIds?: string[] | null;
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
            eventTypes: ("fair.created" | "fair.updated" | "fair.deleted" | "participation.created" | "participation.updated" | "participation.deleted" | "company.created" | "company.updated" | "company.deleted" | "buyer.created" | "buyer.updated" | "buyer.deleted" | "consultation.created" | "consultation.updated" | "consultation.deleted" | "contract.created" | "contract.updated" | "contract.deleted" | "contract.signed" | "shipment.recorded" | "shipment.updated" | "shipment.deleted" | "outcome.updated" | "followup.round_opened" | "followup.response_received" | "fair.*" | "participation.*" | "company.*" | "buyer.*" | "consultation.*" | "contract.*" | "shipment.*" | "outcome.*" | "followup.*")[];
            /** @description Null: every fair */
            fairIds: string[] | null;
            scopes: ("fairs:read" | "outcomes:read" | "consultations:read" | "contracts:read" | "companies:read" | "buyers:read" | "buyers:pii" | "followups:read")[];
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
            eventTypes: ("fair.created" | "fair.updated" | "fair.deleted" | "participation.created" | "participation.updated" | "participation.deleted" | "company.created" | "company.updated" | "company.deleted" | "buyer.created" | "buyer.updated" | "buyer.deleted" | "consultation.created" | "consultation.updated" | "consultation.deleted" | "contract.created" | "contract.updated" | "contract.deleted" | "contract.signed" | "shipment.recorded" | "shipment.updated" | "shipment.deleted" | "outcome.updated" | "followup.round_opened" | "followup.response_received" | "fair.*" | "participation.*" | "company.*" | "buyer.*" | "consultation.*" | "contract.*" | "shipment.*" | "outcome.*" | "followup.*")[];
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
            scopes: ("fairs:read" | "outcomes:read" | "consultations:read" | "contracts:read" | "companies:read" | "buyers:read" | "buyers:pii" | "followups:read")[];
            /** @description A disabled endpoint receives nothing; true when left out */
            enabled?: boolean;
            /** @example KOTRA Frankfurt CRM */
            description?: string;
        };
        WebhookWithSecretDto: {
            /** Format: uuid */
            id: string;
            url: string;
            description: string | null;
            eventTypes: ("fair.created" | "fair.updated" | "fair.deleted" | "participation.created" | "participation.updated" | "participation.deleted" | "company.created" | "company.updated" | "company.deleted" | "buyer.created" | "buyer.updated" | "buyer.deleted" | "consultation.created" | "consultation.updated" | "consultation.deleted" | "contract.created" | "contract.updated" | "contract.deleted" | "contract.signed" | "shipment.recorded" | "shipment.updated" | "shipment.deleted" | "outcome.updated" | "followup.round_opened" | "followup.response_received" | "fair.*" | "participation.*" | "company.*" | "buyer.*" | "consultation.*" | "contract.*" | "shipment.*" | "outcome.*" | "followup.*")[];
            /** @description Null: every fair */
            fairIds: string[] | null;
            scopes: ("fairs:read" | "outcomes:read" | "consultations:read" | "contracts:read" | "companies:read" | "buyers:read" | "buyers:pii" | "followups:read")[];
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
            eventTypes?: ("fair.created" | "fair.updated" | "fair.deleted" | "participation.created" | "participation.updated" | "participation.deleted" | "company.created" | "company.updated" | "company.deleted" | "buyer.created" | "buyer.updated" | "buyer.deleted" | "consultation.created" | "consultation.updated" | "consultation.deleted" | "contract.created" | "contract.updated" | "contract.deleted" | "contract.signed" | "shipment.recorded" | "shipment.updated" | "shipment.deleted" | "outcome.updated" | "followup.round_opened" | "followup.response_received" | "fair.*" | "participation.*" | "company.*" | "buyer.*" | "consultation.*" | "contract.*" | "shipment.*" | "outcome.*" | "followup.*")[];
            /**
             * @description What the endpoint may hear of, as for an API key with these scopes
             * @example [
             *       "consultations:read",
             *       "contracts:read",
             *       "outcomes:read"
             *     ]
             */
            scopes?: ("fairs:read" | "outcomes:read" | "consultations:read" | "contracts:read" | "companies:read" | "buyers:read" | "buyers:pii" | "followups:read")[];
            /** @description A disabled endpoint receives nothing; true when left out */
            enabled?: boolean;
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
        CreateInvitationDto: {
            /** @example park.jiwoo@wonju.example */
            email: string;
            /** @enum {string} */
            role: "staff" | "manager" | "admin";
            /**
             * @description The language of the invitation mail, and of the user's mails after
             * @enum {string}
             */
            language: "ko" | "en";
            /** @example Park Ji-woo */
            name?: string;
        };
        InvitationDto: {
            /** Format: uuid */
            id: string;
            /** @example park.jiwoo@wonju.example */
            email: string;
            name: string | null;
            /** @enum {string} */
            role: "staff" | "manager" | "admin";
            /** @enum {string} */
            language: "ko" | "en";
            /** @enum {string} */
            status: "pending" | "accepted" | "revoked" | "expired";
            /**
             * Format: uuid
             * @description The admin who sent it
             */
            invitedBy: string;
            /**
             * Format: date-time
             * @description The link stops working then
             */
            expiresAt: string;
            /** Format: date-time */
            createdAt: string;
        };
        InvitationPageDto: {
            data: components["schemas"]["InvitationDto"][];
            /** @description Pass as `cursor` for the next page; null on the last */
            nextCursor: string | null;
        };
        AcceptInvitationDto: {
            /** @description The token of the invitation link (after `#token=`) */
            token: string;
            password: string;
            /** @description Your name, if the invitation has none or it needs correcting */
            name?: string;
        };
        RequestPasswordResetDto: {
            /** @example kim.minji@wonju.example */
            email: string;
        };
        PasswordResetRequestedDto: {
            /** @example If an account has this email, a link to reset its password is on its way. */
            message: string;
        };
        ResetPasswordDto: {
            /** @description The token of the reset link (after `#token=`) */
            token: string;
            newPassword: string;
        };
        /** @description RFC 9457 problem details: every error answer of the API */
        Problem: {
            /** @description Identifies the kind of problem: `https://pavilion.dev/problems/<slug>`, or `about:blank` */
            type: string;
            /** @description Short summary of the kind of problem */
            title: string;
            /** @description The HTTP status code */
            status: number;
            /** @description What went wrong with this request, for a person to read */
            detail?: string;
            /** @description The path of the request */
            instance?: string;
            /** @description Validation problems (400) and refused values (422), one per field */
            errors?: {
                /** @description The field, as a path into the body (`estimatedValue.currency`), a query parameter or a header */
                field: string;
                message: string;
            }[];
            /**
             * Format: uuid
             * @description 409 on buyers: the buyer that already has this email, to reuse
             */
            existingId?: string;
            /**
             * Format: uuid
             * @description 409 on a meeting already turned into a consultation: that consultation
             */
            consultationId?: string;
            /**
             * @description 409 on meetings: what the requested slot collides with
             * @enum {string}
             */
            conflict?: "company" | "buyer" | "interpreter" | "table" | "hours";
            /** @description 422 without an exchange rate: the currency */
            currency?: string;
            /**
             * Format: date
             * @description 422 without an exchange rate: the date no rate is dated on or before
             */
            date?: string;
            /** @description 503 from /health: the state of each dependency */
            checks?: {
                [key: string]: unknown;
            };
            /**
             * @description 410 on an invitation or password reset link: why it no longer works
             * @enum {string}
             */
            reason?: "unknown" | "used" | "expired" | "revoked" | "superseded";
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: {
        /** @description The record's version as an entity tag (`"3"`): send it as `If-Match` on a PATCH to be told (412) if someone changed it since */
        ETag: string;
        /** @description `true` when this is the stored answer to an earlier request with the same `Idempotency-Key` and body: nothing was done again */
        "Idempotent-Replayed": "true";
        /** @description Seconds until the rate-limit window ends */
        "Retry-After": number;
        /** @description Requests allowed per window to your API key, user or (without credentials) client address; absent while the limiter is unavailable */
        "X-RateLimit-Limit": number;
        /** @description Requests left in the current window; absent while the limiter is unavailable */
        "X-RateLimit-Remaining": number;
    };
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    checkReadiness: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description PostgreSQL and Redis answer */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        status: "ok";
                        info?: {
                            [key: string]: {
                                /** @enum {string} */
                                status: "up" | "down";
                            } & {
                                [key: string]: unknown;
                            };
                        };
                        error?: {
                            [key: string]: {
                                /** @enum {string} */
                                status: "up" | "down";
                            } & {
                                [key: string]: unknown;
                            };
                        };
                        details?: {
                            [key: string]: {
                                /** @enum {string} */
                                status: "up" | "down";
                            } & {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Over the rate limit of your API key, user or client address: wait `Retry-After` seconds */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency is down; `detail` names it, `checks` holds the report */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    checkLiveness: {
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
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": unknown;
                };
            };
            /** @description Over the rate limit of your API key, user or client address: wait `Retry-After` seconds */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    login: {
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
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
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
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /**
             * @description Too many failed attempts for the account or address; see Retry-After
             *
             *     Over the rate limit of your API key, user or client address: wait `Retry-After` seconds
             */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    refreshSession: {
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
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
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
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /**
             * @description Too many refused refresh attempts from this address; see Retry-After
             *
             *     Over the rate limit of your API key, user or client address: wait `Retry-After` seconds
             */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    logout: {
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
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Over the rate limit of your API key, user or client address: wait `Retry-After` seconds */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    changePassword: {
        parameters: {
            query?: never;
            header?: {
                /** @description Retry-safe POST: the answer carries a secret shown once and never stored, so a retry with the same key and body is a 409 and does nothing */
                "Idempotency-Key"?: string;
            };
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
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
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
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, expired or invalid bearer token or API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description API keys are read only */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The same Idempotency-Key is still being processed, or was used before: the secret is shown only once, nothing was done now */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /**
             * @description currentPassword is wrong (counted like a failed sign-in)
             *
             *     The Idempotency-Key was used with another body
             */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /**
             * @description Too many failed attempts for the account or address; see Retry-After
             *
             *     Over the rate limit of your API key, user or client address: wait `Retry-After` seconds
             */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getCurrentUser: {
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
                    ETag: components["headers"]["ETag"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
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
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, expired or invalid bearer token or API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Over the rate limit of your API key, user or client address: wait `Retry-After` seconds */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listUsers: {
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
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
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
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, expired or invalid bearer token or API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires the admin role or higher */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Over the rate limit of your API key, user or client address: wait `Retry-After` seconds */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createUser: {
        parameters: {
            query?: never;
            header?: {
                /** @description Retry-safe POST: a retry with the same key and body within 24 h replays the first answer (`Idempotent-Replayed: true`) and does nothing */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateUserDto"];
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    /** @description The created record: `/v1/users/{id}` */
                    Location: string;
                    ETag: components["headers"]["ETag"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
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
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, expired or invalid bearer token or API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description API keys are read only */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /**
             * @description The email is taken
             *
             *     The same Idempotency-Key is still being processed
             */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The Idempotency-Key was used with another body */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Over the rate limit of your API key, user or client address: wait `Retry-After` seconds */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getUser: {
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
                    ETag: components["headers"]["ETag"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
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
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, expired or invalid bearer token or API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires the admin role or higher */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record in your agency */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Over the rate limit of your API key, user or client address: wait `Retry-After` seconds */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updateUser: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag (version) you read; a stale one is answered 412 and changes nothing */
                "If-Match"?: string;
            };
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
                    ETag: components["headers"]["ETag"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
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
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, expired or invalid bearer token or API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description API keys are read only */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record in your agency */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Would leave the agency without an active admin, or disable yourself */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match names an older version; nothing changed */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Over the rate limit of your API key, user or client address: wait `Retry-After` seconds */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getFairOutcomes: {
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
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
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
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, expired or invalid bearer token or API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires the manager role or higher */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record in your agency */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Over the rate limit of your API key, user or client address: wait `Retry-After` seconds */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listOutcomes: {
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
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
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
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, expired or invalid bearer token or API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires the manager role or higher */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Over the rate limit of your API key, user or client address: wait `Retry-After` seconds */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getSeriesOutcomes: {
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
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
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
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, expired or invalid bearer token or API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires the manager role or higher */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record in your agency */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Over the rate limit of your API key, user or client address: wait `Retry-After` seconds */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    downloadFairReportXlsx: {
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
            /** @description Summary, by company, by country and by day, each with its total row; the funnel (one row per stage, in USD and the home currency) and signings and shipments by month since the fair with the cumulative curve; the follow-up survey per round; numbers as number cells */
            200: {
                headers: {
                    /** @description `attachment; filename="<series>-<year>-outcome-report-<date>.xlsx"` (and a Korean `filename*` for a Korean report) */
                    "Content-Disposition": string;
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
            /** @description Validation failed; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, expired or invalid bearer token or API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires the manager role or higher */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record in your agency */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Over the rate limit of your API key, user or client address: wait `Retry-After` seconds */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    downloadFairReportCsv: {
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
                    /** @description `attachment; filename="<series>-<year>-outcome-report-<date>.csv"` (and a Korean `filename*` for a Korean report) */
                    "Content-Disposition": string;
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": string;
                };
            };
            /** @description Validation failed; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, expired or invalid bearer token or API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires the manager role or higher */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record in your agency */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Over the rate limit of your API key, user or client address: wait `Retry-After` seconds */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    downloadYearlyReportXlsx: {
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
            /** @description The year's fairs, one row each, and the grand total row; the funnel of each fair and of the year (counts and USD values, stage by stage) on a second sheet */
            200: {
                headers: {
                    /** @description `attachment; filename="<year>-outcome-report-<date>.xlsx"` (and a Korean `filename*` for a Korean report) */
                    "Content-Disposition": string;
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
            /** @description Validation failed; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, expired or invalid bearer token or API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires the manager role or higher */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Over the rate limit of your API key, user or client address: wait `Retry-After` seconds */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    downloadYearlyReportCsv: {
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
            /** @description The year's fairs (`section` fair), then the grand total (`section` total), each with the funnel's counts and USD values as columns; UTF-8 with a BOM */
            200: {
                headers: {
                    /** @description `attachment; filename="<year>-outcome-report-<date>.csv"` (and a Korean `filename*` for a Korean report) */
                    "Content-Disposition": string;
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": string;
                };
            };
            /** @description Validation failed; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, expired or invalid bearer token or API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires the manager role or higher */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Over the rate limit of your API key, user or client address: wait `Retry-After` seconds */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listFollowUpRounds: {
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
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RoundListDto"];
                };
            };
            /** @description Validation failed; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, expired or invalid bearer token or API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires the manager role or higher */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record in your agency */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Over the rate limit of your API key, user or client address: wait `Retry-After` seconds */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updateFollowUpRounds: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                fairId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateScheduleDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RoundListDto"];
                };
            };
            /** @description Validation failed; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, expired or invalid bearer token or API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Managers and admins only; API keys are read only */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record in your agency */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An opened round was left out */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Over the rate limit of your API key, user or client address: wait `Retry-After` seconds */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listFollowUpQuestionnaires: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                roundId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["QuestionnaireListDto"];
                };
            };
            /** @description Validation failed; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, expired or invalid bearer token or API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires the manager role or higher */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record in your agency */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Over the rate limit of your API key, user or client address: wait `Retry-After` seconds */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getFollowUpResponse: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                questionnaireId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResponseDto"];
                };
            };
            /** @description Validation failed; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, expired or invalid bearer token or API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires the manager role or higher */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record in your agency */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Over the rate limit of your API key, user or client address: wait `Retry-After` seconds */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    submitFollowUpResponseForCompany: {
        parameters: {
            query?: never;
            header?: {
                /** @description Retry-safe POST: a retry with the same key and body within 24 h replays the first answer (`Idempotent-Replayed: true`) and does nothing */
                "Idempotency-Key"?: string;
            };
            path: {
                questionnaireId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SubmitResponseDto"];
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    /** @description The created record: `/v1/follow-up-questionnaires/{questionnaireId}/response` */
                    Location: string;
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResponseDto"];
                };
            };
            /** @description Validation failed; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, expired or invalid bearer token or API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description API keys are read only */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record in your agency */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The same Idempotency-Key is still being processed */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /**
             * @description A consultation that is not one of the company’s open ones, or a contract the contracts rules refuse; the field is named
             *
             *     The Idempotency-Key was used with another body
             */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Over the rate limit of your API key, user or client address: wait `Retry-After` seconds */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    renewFollowUpLink: {
        parameters: {
            query?: never;
            header?: {
                /** @description Retry-safe POST: the answer carries a secret shown once and never stored, so a retry with the same key and body is a 409 and does nothing */
                "Idempotency-Key"?: string;
            };
            path: {
                questionnaireId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["NewLinkDto"];
            };
        };
        responses: {
            /** @description Done */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NewLinkAnswerDto"];
                };
            };
            /** @description Validation failed; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, expired or invalid bearer token or API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description API keys are read only */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record in your agency */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The same Idempotency-Key is still being processed, or was used before: the secret is shown only once, nothing was done now */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The Idempotency-Key was used with another body */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Over the rate limit of your API key, user or client address: wait `Retry-After` seconds */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    revokeFollowUpLink: {
        parameters: {
            query?: never;
            header?: {
                /** @description Retry-safe POST: a retry with the same key and body within 24 h replays the first answer (`Idempotent-Replayed: true`) and does nothing */
                "Idempotency-Key"?: string;
            };
            path: {
                questionnaireId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The questionnaire, its link revoked */
            200: {
                headers: {
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["QuestionnaireDto"];
                };
            };
            /** @description Validation failed; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, expired or invalid bearer token or API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description API keys are read only */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record in your agency */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The same Idempotency-Key is still being processed */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The Idempotency-Key was used with another body */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Over the rate limit of your API key, user or client address: wait `Retry-After` seconds */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getFollowUpResults: {
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
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SurveyResultsDto"];
                };
            };
            /** @description Validation failed; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, expired or invalid bearer token or API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires the manager role or higher */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record in your agency */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Over the rate limit of your API key, user or client address: wait `Retry-After` seconds */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getFollowUpForm: {
        parameters: {
            query?: never;
            header: {
                /** @description The token of the company's link (the part after # in the emailed link) */
                "x-follow-up-token": string;
            };
            path: {
                questionnaireId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FormDto"];
                };
            };
            /** @description No or a malformed x-follow-up-token header */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token is unknown, or is not the token of this questionnaire */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The link expired or was revoked */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /**
             * @description Too many requests with this link or from this address; see Retry-After
             *
             *     Over the rate limit of your API key, user or client address: wait `Retry-After` seconds
             */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    submitFollowUpResponse: {
        parameters: {
            query?: never;
            header: {
                /** @description The token of the company's link (the part after # in the emailed link) */
                "x-follow-up-token": string;
            };
            path: {
                questionnaireId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SubmitResponseDto"];
            };
        };
        responses: {
            /** @description Answered: the answers as stored (the form shows them from now on) */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResponseDto"];
                };
            };
            /** @description Validation failed; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or a malformed x-follow-up-token header */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token is unknown, or is not the token of this questionnaire */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Already answered */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The link expired or was revoked */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A consultation that is not one of your open ones, or a contract the contracts rules refuse; the field is named */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /**
             * @description Too many requests with this link or from this address; see Retry-After
             *
             *     Over the rate limit of your API key, user or client address: wait `Retry-After` seconds
             */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    exportConsultationsXlsx: {
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
                type?: "booth" | "interpreted" | "video";
                rating?: "hot" | "warm" | "cold";
                /** @description Follow-ups due on or before this date (consultations without a due date are left out) */
                followUpDueBy?: string;
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
                    /** @description `attachment; filename="consultations.xlsx"` */
                    "Content-Disposition": string;
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
            /** @description Validation failed; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, expired or invalid bearer token or API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Over the rate limit of your API key, user or client address: wait `Retry-After` seconds */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    exportConsultationsCsv: {
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
                type?: "booth" | "interpreted" | "video";
                rating?: "hot" | "warm" | "cold";
                /** @description Follow-ups due on or before this date (consultations without a due date are left out) */
                followUpDueBy?: string;
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
                    /** @description `attachment; filename="consultations.csv"` */
                    "Content-Disposition": string;
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": string;
                };
            };
            /** @description Validation failed; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, expired or invalid bearer token or API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Over the rate limit of your API key, user or client address: wait `Retry-After` seconds */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listConsultations: {
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
                type?: "booth" | "interpreted" | "video";
                rating?: "hot" | "warm" | "cold";
                /** @description Follow-ups due on or before this date (consultations without a due date are left out) */
                followUpDueBy?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
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
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, expired or invalid bearer token or API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Over the rate limit of your API key, user or client address: wait `Retry-After` seconds */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createConsultation: {
        parameters: {
            query?: never;
            header?: {
                /** @description Retry-safe POST: a retry with the same key and body within 24 h replays the first answer (`Idempotent-Replayed: true`) and does nothing */
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
            /** @description Created */
            201: {
                headers: {
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    /** @description The created record: `/v1/consultations/{id}` */
                    Location: string;
                    ETag: components["headers"]["ETag"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
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
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, expired or invalid bearer token or API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /**
             * @description API keys are read only
             *
             *     Requires the staff role or higher
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The same Idempotency-Key is still being processed */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
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
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Over the rate limit of your API key, user or client address: wait `Retry-After` seconds */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getConsultation: {
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
                    ETag: components["headers"]["ETag"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
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
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, expired or invalid bearer token or API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record in your agency */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Over the rate limit of your API key, user or client address: wait `Retry-After` seconds */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    deleteConsultation: {
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
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
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
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, expired or invalid bearer token or API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires the staff role or higher */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record in your agency */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Over the rate limit of your API key, user or client address: wait `Retry-After` seconds */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updateConsultation: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag (version) you read; a stale one is answered 412 and changes nothing */
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
                    ETag: components["headers"]["ETag"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
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
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, expired or invalid bearer token or API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /**
             * @description API keys are read only
             *
             *     Requires the staff role or higher
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record in your agency */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match names an older version; nothing changed */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unknown fair, company or buyer; company not exhibiting at the fair; occurredAt outside the fair; or no exchange rate for the currency and date */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Over the rate limit of your API key, user or client address: wait `Retry-After` seconds */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listExchangeRates: {
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
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
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
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, expired or invalid bearer token or API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Over the rate limit of your API key, user or client address: wait `Retry-After` seconds */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createExchangeRate: {
        parameters: {
            query?: never;
            header?: {
                /** @description Retry-safe POST: a retry with the same key and body within 24 h replays the first answer (`Idempotent-Replayed: true`) and does nothing */
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
            /** @description Created */
            201: {
                headers: {
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    /** @description The created record: `/v1/exchange-rates/{id}` */
                    Location: string;
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
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
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, expired or invalid bearer token or API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /**
             * @description API keys are read only
             *
             *     Requires the manager role or higher
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
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
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The Idempotency-Key was used with another body */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Over the rate limit of your API key, user or client address: wait `Retry-After` seconds */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getExchangeRate: {
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
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
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
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, expired or invalid bearer token or API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record in your agency */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Over the rate limit of your API key, user or client address: wait `Retry-After` seconds */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    deleteExchangeRate: {
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
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
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
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, expired or invalid bearer token or API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires the manager role or higher */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record in your agency */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Over the rate limit of your API key, user or client address: wait `Retry-After` seconds */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listContracts: {
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
                status?: "expected" | "provisional" | "signed" | "cancelled";
                /** @description Signed (or provisionally signed) during the fair, or after it */
                signedPhase?: "on_site" | "later";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
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
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, expired or invalid bearer token or API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Over the rate limit of your API key, user or client address: wait `Retry-After` seconds */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createContract: {
        parameters: {
            query?: never;
            header?: {
                /** @description Retry-safe POST: a retry with the same key and body within 24 h replays the first answer (`Idempotent-Replayed: true`) and does nothing */
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
            /** @description Created */
            201: {
                headers: {
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    /** @description The created record: `/v1/contracts/{id}` */
                    Location: string;
                    ETag: components["headers"]["ETag"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
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
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, expired or invalid bearer token or API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /**
             * @description API keys are read only
             *
             *     Requires the staff role or higher
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The same Idempotency-Key is still being processed */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
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
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Over the rate limit of your API key, user or client address: wait `Retry-After` seconds */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getContract: {
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
                    ETag: components["headers"]["ETag"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
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
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, expired or invalid bearer token or API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record in your agency */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Over the rate limit of your API key, user or client address: wait `Retry-After` seconds */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    deleteContract: {
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
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
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
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, expired or invalid bearer token or API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires the staff role or higher */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record in your agency */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Over the rate limit of your API key, user or client address: wait `Retry-After` seconds */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updateContract: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag (version) you read; a stale one is answered 412 and changes nothing */
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
                    ETag: components["headers"]["ETag"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
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
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, expired or invalid bearer token or API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /**
             * @description API keys are read only
             *
             *     Requires the staff role or higher
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record in your agency */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match names an older version; nothing changed */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unknown fair, company or buyer; company not exhibiting at the fair; consultation of another fair or company; or no exchange rate for the currency and date */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Over the rate limit of your API key, user or client address: wait `Retry-After` seconds */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listShipments: {
        parameters: {
            query?: {
                limit?: number;
                /** @description Opaque cursor from the previous page's `nextCursor` */
                cursor?: string;
                fairId?: string;
                companyId?: string;
                contractId?: string;
                evidence?: "self_reported" | "document" | "verified";
                from?: string;
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
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ShipmentPageDto"];
                };
            };
            /** @description Validation failed; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, expired or invalid bearer token or API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Over the rate limit of your API key, user or client address: wait `Retry-After` seconds */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createShipment: {
        parameters: {
            query?: never;
            header?: {
                /** @description Retry-safe POST: a retry with the same key and body within 24 h replays the first answer (`Idempotent-Replayed: true`) and does nothing */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateShipmentDto"];
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    /** @description The created record: `/v1/shipments/{id}` */
                    Location: string;
                    ETag: components["headers"]["ETag"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ShipmentDto"];
                };
            };
            /** @description Validation failed; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, expired or invalid bearer token or API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /**
             * @description API keys are read only
             *
             *     Requires the staff role or higher
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The same Idempotency-Key is still being processed */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /**
             * @description Unknown contract; a contract that is not provisional or signed; a date before the fair; or no exchange rate for the currency and date
             *
             *     The Idempotency-Key was used with another body
             */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Over the rate limit of your API key, user or client address: wait `Retry-After` seconds */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listContractShipments: {
        parameters: {
            query?: {
                limit?: number;
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
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ShipmentPageDto"];
                };
            };
            /** @description Validation failed; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, expired or invalid bearer token or API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record in your agency */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Over the rate limit of your API key, user or client address: wait `Retry-After` seconds */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getShipment: {
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
                    ETag: components["headers"]["ETag"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ShipmentDto"];
                };
            };
            /** @description Validation failed; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, expired or invalid bearer token or API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record in your agency */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Over the rate limit of your API key, user or client address: wait `Retry-After` seconds */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    deleteShipment: {
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
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
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
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, expired or invalid bearer token or API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires the staff role or higher */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record in your agency */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Over the rate limit of your API key, user or client address: wait `Retry-After` seconds */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updateShipment: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag (version) you read; a stale one is answered 412 and changes nothing */
                "If-Match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateShipmentDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ShipmentDto"];
                };
            };
            /** @description Validation failed; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, expired or invalid bearer token or API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /**
             * @description API keys are read only
             *
             *     Requires the staff role or higher
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record in your agency */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match names an older version; nothing changed */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unknown contract; a contract that is not provisional or signed; a date before the fair; or no exchange rate for the currency and date */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Over the rate limit of your API key, user or client address: wait `Retry-After` seconds */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    downloadShipmentDocument: {
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
            /** @description The document as uploaded, with its type read from its content */
            200: {
                headers: {
                    /** @description attachment, with the name it was uploaded under */
                    "Content-Disposition": string;
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": string;
                    "image/png": string;
                    "image/jpeg": string;
                    "image/webp": string;
                };
            };
            /** @description Validation failed; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, expired or invalid bearer token or API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record in your agency */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Over the rate limit of your API key, user or client address: wait `Retry-After` seconds */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    uploadShipmentDocument: {
        parameters: {
            query?: never;
            header?: {
                /** @description Retry-safe POST: a retry with the same key and body within 24 h replays the first answer (`Idempotent-Replayed: true`) and does nothing */
                "Idempotency-Key"?: string;
                /** @description The ETag (version) you read; a stale one is answered 412 and changes nothing */
                "If-Match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": {
                    /** Format: binary */
                    file: string;
                };
            };
        };
        responses: {
            /** @description Done */
            200: {
                headers: {
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    ETag: components["headers"]["ETag"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ShipmentDto"];
                };
            };
            /** @description Validation failed; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, expired or invalid bearer token or API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /**
             * @description API keys are read only
             *
             *     Requires the staff role or higher
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record in your agency */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The same Idempotency-Key is still being processed */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match names an older version; nothing changed */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The Idempotency-Key was used with another body */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Over the rate limit of your API key, user or client address: wait `Retry-After` seconds */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    verifyShipment: {
        parameters: {
            query?: never;
            header?: {
                /** @description Retry-safe POST: a retry with the same key and body within 24 h replays the first answer (`Idempotent-Replayed: true`) and does nothing */
                "Idempotency-Key"?: string;
                /** @description The ETag (version) you read; a stale one is answered 412 and changes nothing */
                "If-Match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done */
            200: {
                headers: {
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    ETag: components["headers"]["ETag"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ShipmentDto"];
                };
            };
            /** @description Validation failed; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, expired or invalid bearer token or API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /**
             * @description API keys are read only
             *
             *     Requires the manager role or higher
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record in your agency */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The same Idempotency-Key is still being processed */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match names an older version; nothing changed */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The Idempotency-Key was used with another body */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Over the rate limit of your API key, user or client address: wait `Retry-After` seconds */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listCompanies: {
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
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
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
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, expired or invalid bearer token or API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Over the rate limit of your API key, user or client address: wait `Retry-After` seconds */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createCompany: {
        parameters: {
            query?: never;
            header?: {
                /** @description Retry-safe POST: a retry with the same key and body within 24 h replays the first answer (`Idempotent-Replayed: true`) and does nothing */
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
            /** @description Created */
            201: {
                headers: {
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    /** @description The created record: `/v1/companies/{id}` */
                    Location: string;
                    ETag: components["headers"]["ETag"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
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
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, expired or invalid bearer token or API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /**
             * @description API keys are read only
             *
             *     Requires the manager role or higher
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
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
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The Idempotency-Key was used with another body */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Over the rate limit of your API key, user or client address: wait `Retry-After` seconds */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getCompany: {
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
                    ETag: components["headers"]["ETag"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
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
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, expired or invalid bearer token or API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record in your agency */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Over the rate limit of your API key, user or client address: wait `Retry-After` seconds */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    deleteCompany: {
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
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
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
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, expired or invalid bearer token or API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires the manager role or higher */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record in your agency */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Still exhibits at fairs or has consultations or contracts */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Over the rate limit of your API key, user or client address: wait `Retry-After` seconds */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updateCompany: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag (version) you read; a stale one is answered 412 and changes nothing */
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
                    ETag: components["headers"]["ETag"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
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
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, expired or invalid bearer token or API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /**
             * @description API keys are read only
             *
             *     Requires the manager role or higher
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record in your agency */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match names an older version; nothing changed */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Over the rate limit of your API key, user or client address: wait `Retry-After` seconds */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listFairs: {
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
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
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
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, expired or invalid bearer token or API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Over the rate limit of your API key, user or client address: wait `Retry-After` seconds */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createFair: {
        parameters: {
            query?: never;
            header?: {
                /** @description Retry-safe POST: a retry with the same key and body within 24 h replays the first answer (`Idempotent-Replayed: true`) and does nothing */
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
            /** @description Created */
            201: {
                headers: {
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    /** @description The created record: `/v1/fairs/{id}` */
                    Location: string;
                    ETag: components["headers"]["ETag"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
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
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, expired or invalid bearer token or API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /**
             * @description API keys are read only
             *
             *     Requires the manager role or higher
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The same Idempotency-Key is still being processed */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The Idempotency-Key was used with another body */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Over the rate limit of your API key, user or client address: wait `Retry-After` seconds */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getFair: {
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
                    ETag: components["headers"]["ETag"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
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
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, expired or invalid bearer token or API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record in your agency */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Over the rate limit of your API key, user or client address: wait `Retry-After` seconds */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    deleteFair: {
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
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
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
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, expired or invalid bearer token or API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires the manager role or higher */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record in your agency */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Still has participants, consultations or contracts */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Over the rate limit of your API key, user or client address: wait `Retry-After` seconds */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updateFair: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag (version) you read; a stale one is answered 412 and changes nothing */
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
                    ETag: components["headers"]["ETag"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
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
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, expired or invalid bearer token or API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /**
             * @description API keys are read only
             *
             *     Requires the manager role or higher
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record in your agency */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match names an older version; nothing changed */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description endsOn would fall before startsOn, or records would fall outside the moved fair */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Over the rate limit of your API key, user or client address: wait `Retry-After` seconds */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listParticipants: {
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
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
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
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, expired or invalid bearer token or API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record in your agency */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Over the rate limit of your API key, user or client address: wait `Retry-After` seconds */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    addParticipant: {
        parameters: {
            query?: never;
            header?: {
                /** @description Retry-safe POST: a retry with the same key and body within 24 h replays the first answer (`Idempotent-Replayed: true`) and does nothing */
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
            /** @description Created */
            201: {
                headers: {
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    /** @description The created record: `/v1/fairs/{fairId}/participants/{companyId}` */
                    Location: string;
                    ETag: components["headers"]["ETag"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
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
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, expired or invalid bearer token or API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /**
             * @description API keys are read only
             *
             *     Requires the manager role or higher
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record in your agency */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
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
                    "application/problem+json": components["schemas"]["Problem"];
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
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Over the rate limit of your API key, user or client address: wait `Retry-After` seconds */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getParticipant: {
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
                    ETag: components["headers"]["ETag"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
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
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, expired or invalid bearer token or API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record in your agency */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Over the rate limit of your API key, user or client address: wait `Retry-After` seconds */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    removeParticipant: {
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
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
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
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, expired or invalid bearer token or API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires the manager role or higher */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record in your agency */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The company has consultations or contracts at this fair */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Over the rate limit of your API key, user or client address: wait `Retry-After` seconds */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updateParticipant: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag (version) you read; a stale one is answered 412 and changes nothing */
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
                    ETag: components["headers"]["ETag"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
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
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, expired or invalid bearer token or API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /**
             * @description API keys are read only
             *
             *     Requires the manager role or higher
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record in your agency */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match names an older version; nothing changed */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Over the rate limit of your API key, user or client address: wait `Retry-After` seconds */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listBuyers: {
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
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
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
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, expired or invalid bearer token or API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Over the rate limit of your API key, user or client address: wait `Retry-After` seconds */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createBuyer: {
        parameters: {
            query?: never;
            header?: {
                /** @description Retry-safe POST: a retry with the same key and body within 24 h replays the first answer (`Idempotent-Replayed: true`) and does nothing */
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
            /** @description Created */
            201: {
                headers: {
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    /** @description The created record: `/v1/buyers/{id}` */
                    Location: string;
                    ETag: components["headers"]["ETag"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
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
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, expired or invalid bearer token or API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /**
             * @description API keys are read only
             *
             *     Requires the staff role or higher
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
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
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The Idempotency-Key was used with another body */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Over the rate limit of your API key, user or client address: wait `Retry-After` seconds */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getBuyer: {
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
                    ETag: components["headers"]["ETag"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
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
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, expired or invalid bearer token or API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record in your agency */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Over the rate limit of your API key, user or client address: wait `Retry-After` seconds */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    deleteBuyer: {
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
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
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
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, expired or invalid bearer token or API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires the staff role or higher */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record in your agency */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Still has consultations or contracts */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Over the rate limit of your API key, user or client address: wait `Retry-After` seconds */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updateBuyer: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag (version) you read; a stale one is answered 412 and changes nothing */
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
                    ETag: components["headers"]["ETag"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
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
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, expired or invalid bearer token or API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /**
             * @description API keys are read only
             *
             *     Requires the staff role or higher
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record in your agency */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A buyer with this email exists in your agency; the `existingId` extension names it, to reuse */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match names an older version; nothing changed */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Over the rate limit of your API key, user or client address: wait `Retry-After` seconds */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    exportBuyerPersonalData: {
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
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
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
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, expired or invalid bearer token or API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires the admin role or higher */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record in your agency */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Over the rate limit of your API key, user or client address: wait `Retry-After` seconds */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    eraseBuyerPersonalData: {
        parameters: {
            query?: never;
            header?: {
                /** @description Retry-safe POST: a retry with the same key and body within 24 h replays the first answer (`Idempotent-Replayed: true`) and does nothing */
                "Idempotency-Key"?: string;
            };
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
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    ETag: components["headers"]["ETag"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
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
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, expired or invalid bearer token or API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /**
             * @description API keys are read only
             *
             *     Requires the admin role or higher
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record in your agency */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The same Idempotency-Key is still being processed */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The Idempotency-Key was used with another body */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Over the rate limit of your API key, user or client address: wait `Retry-After` seconds */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listApiKeys: {
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
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
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
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, expired or invalid bearer token or API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires the admin role or higher */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Over the rate limit of your API key, user or client address: wait `Retry-After` seconds */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createApiKey: {
        parameters: {
            query?: never;
            header?: {
                /** @description Retry-safe POST: the answer carries a secret shown once and never stored, so a retry with the same key and body is a 409 and does nothing */
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
                    /** @description The created record: `/v1/api-keys/{id}` */
                    Location: string;
                    ETag: components["headers"]["ETag"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
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
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, expired or invalid bearer token or API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description API keys are read only */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The same Idempotency-Key is still being processed, or was used before: the secret is shown only once, nothing was done now */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The Idempotency-Key was used with another body */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Over the rate limit of your API key, user or client address: wait `Retry-After` seconds */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getApiKey: {
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
                    ETag: components["headers"]["ETag"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
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
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, expired or invalid bearer token or API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires the admin role or higher */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record in your agency */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Over the rate limit of your API key, user or client address: wait `Retry-After` seconds */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updateApiKey: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag (version) you read; a stale one is answered 412 and changes nothing */
                "If-Match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateApiKeyDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
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
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, expired or invalid bearer token or API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description API keys are read only */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record in your agency */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The key is revoked */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match names an older version; nothing changed */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Over the rate limit of your API key, user or client address: wait `Retry-After` seconds */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    revokeApiKey: {
        parameters: {
            query?: never;
            header?: {
                /** @description Retry-safe POST: a retry with the same key and body within 24 h replays the first answer (`Idempotent-Replayed: true`) and does nothing */
                "Idempotency-Key"?: string;
            };
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
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    ETag: components["headers"]["ETag"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
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
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, expired or invalid bearer token or API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description API keys are read only */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record in your agency */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The same Idempotency-Key is still being processed */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The Idempotency-Key was used with another body */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Over the rate limit of your API key, user or client address: wait `Retry-After` seconds */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    rotateApiKey: {
        parameters: {
            query?: never;
            header?: {
                /** @description Retry-safe POST: the answer carries a secret shown once and never stored, so a retry with the same key and body is a 409 and does nothing */
                "Idempotency-Key"?: string;
            };
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
                    ETag: components["headers"]["ETag"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
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
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, expired or invalid bearer token or API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description API keys are read only */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record in your agency */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /**
             * @description The key is revoked
             *
             *     The same Idempotency-Key is still being processed, or was used before: the secret is shown only once, nothing was done now
             */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The Idempotency-Key was used with another body */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Over the rate limit of your API key, user or client address: wait `Retry-After` seconds */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listAuditEntries: {
        parameters: {
            query?: {
                limit?: number;
                /** @description Writes to this record */
                recordId?: string;
                /** @description Writes to this kind of record (table name) */
                entity?: string;
                /** @description Writes by this user or API key */
                actorId?: string;
                actorType?: "user" | "api_key" | "company_link" | "system";
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
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
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
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, expired or invalid bearer token or API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires the admin role or higher */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Over the rate limit of your API key, user or client address: wait `Retry-After` seconds */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listCategories: {
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
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
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
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, expired or invalid bearer token or API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Over the rate limit of your API key, user or client address: wait `Retry-After` seconds */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createCategory: {
        parameters: {
            query?: never;
            header?: {
                /** @description Retry-safe POST: a retry with the same key and body within 24 h replays the first answer (`Idempotent-Replayed: true`) and does nothing */
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
            /** @description Created */
            201: {
                headers: {
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
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
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, expired or invalid bearer token or API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /**
             * @description API keys are read only
             *
             *     Requires the manager role or higher
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
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
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The Idempotency-Key was used with another body */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Over the rate limit of your API key, user or client address: wait `Retry-After` seconds */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getCompanyProfile: {
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
                    ETag: components["headers"]["ETag"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
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
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, expired or invalid bearer token or API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record in your agency */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Over the rate limit of your API key, user or client address: wait `Retry-After` seconds */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    putCompanyProfile: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag (version) you read; a stale one is answered 412 and changes nothing */
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
                    ETag: components["headers"]["ETag"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
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
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, expired or invalid bearer token or API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /**
             * @description API keys are read only
             *
             *     Requires the manager role or higher
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record in your agency */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match names an older version; nothing changed */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A category is not in the agency vocabulary */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Over the rate limit of your API key, user or client address: wait `Retry-After` seconds */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getBuyerProfile: {
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
                    ETag: components["headers"]["ETag"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
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
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, expired or invalid bearer token or API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record in your agency */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Over the rate limit of your API key, user or client address: wait `Retry-After` seconds */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    putBuyerProfile: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag (version) you read; a stale one is answered 412 and changes nothing */
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
                    ETag: components["headers"]["ETag"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
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
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, expired or invalid bearer token or API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /**
             * @description API keys are read only
             *
             *     Requires the staff role or higher
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record in your agency */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match names an older version; nothing changed */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A category is not in the agency vocabulary */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Over the rate limit of your API key, user or client address: wait `Retry-After` seconds */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listInterpreters: {
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
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
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
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, expired or invalid bearer token or API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Over the rate limit of your API key, user or client address: wait `Retry-After` seconds */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createInterpreter: {
        parameters: {
            query?: never;
            header?: {
                /** @description Retry-safe POST: a retry with the same key and body within 24 h replays the first answer (`Idempotent-Replayed: true`) and does nothing */
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
            /** @description Created */
            201: {
                headers: {
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    /** @description The created record: `/v1/interpreters/{id}` */
                    Location: string;
                    ETag: components["headers"]["ETag"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
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
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, expired or invalid bearer token or API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /**
             * @description API keys are read only
             *
             *     Requires the manager role or higher
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The same Idempotency-Key is still being processed */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The Idempotency-Key was used with another body */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Over the rate limit of your API key, user or client address: wait `Retry-After` seconds */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getInterpreter: {
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
                    ETag: components["headers"]["ETag"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
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
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, expired or invalid bearer token or API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record in your agency */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Over the rate limit of your API key, user or client address: wait `Retry-After` seconds */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    deleteInterpreter: {
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
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
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
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, expired or invalid bearer token or API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires the manager role or higher */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record in your agency */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Still has scheduled meetings */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Over the rate limit of your API key, user or client address: wait `Retry-After` seconds */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updateInterpreter: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag (version) you read; a stale one is answered 412 and changes nothing */
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
                    ETag: components["headers"]["ETag"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
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
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, expired or invalid bearer token or API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /**
             * @description API keys are read only
             *
             *     Requires the manager role or higher
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record in your agency */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match names an older version; nothing changed */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Over the rate limit of your API key, user or client address: wait `Retry-After` seconds */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listMeetingSessions: {
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
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
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
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, expired or invalid bearer token or API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record in your agency */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Over the rate limit of your API key, user or client address: wait `Retry-After` seconds */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createMeetingSession: {
        parameters: {
            query?: never;
            header?: {
                /** @description Retry-safe POST: a retry with the same key and body within 24 h replays the first answer (`Idempotent-Replayed: true`) and does nothing */
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
            /** @description Created */
            201: {
                headers: {
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    ETag: components["headers"]["ETag"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
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
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, expired or invalid bearer token or API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /**
             * @description API keys are read only
             *
             *     Requires the manager role or higher
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record in your agency */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
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
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The Idempotency-Key was used with another body */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Over the rate limit of your API key, user or client address: wait `Retry-After` seconds */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    deleteMeetingSession: {
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
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
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
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, expired or invalid bearer token or API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires the manager role or higher */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record in your agency */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The session has meetings */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Over the rate limit of your API key, user or client address: wait `Retry-After` seconds */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listMeetings: {
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
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
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
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, expired or invalid bearer token or API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record in your agency */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Over the rate limit of your API key, user or client address: wait `Retry-After` seconds */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    requestMeeting: {
        parameters: {
            query?: never;
            header?: {
                /** @description Retry-safe POST: a retry with the same key and body within 24 h replays the first answer (`Idempotent-Replayed: true`) and does nothing */
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
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    /** @description The created record: `/v1/fairs/{fairId}/meetings/{id}` */
                    Location: string;
                    ETag: components["headers"]["ETag"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
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
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, expired or invalid bearer token or API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /**
             * @description API keys are read only
             *
             *     Requires the staff role or higher
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record in your agency */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The same Idempotency-Key is still being processed */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The Idempotency-Key was used with another body */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Over the rate limit of your API key, user or client address: wait `Retry-After` seconds */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    downloadMeetingCalendar: {
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
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    [name: string]: unknown;
                };
                content: {
                    "text/calendar": string;
                };
            };
            /** @description Validation failed; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, expired or invalid bearer token or API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record in your agency */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Over the rate limit of your API key, user or client address: wait `Retry-After` seconds */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getMeeting: {
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
                    ETag: components["headers"]["ETag"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
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
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, expired or invalid bearer token or API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record in your agency */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Over the rate limit of your API key, user or client address: wait `Retry-After` seconds */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    placeMeeting: {
        parameters: {
            query?: never;
            header?: {
                /** @description Retry-safe POST: a retry with the same key and body within 24 h replays the first answer (`Idempotent-Replayed: true`) and does nothing */
                "Idempotency-Key"?: string;
                /** @description The ETag (version) you read; a stale one is answered 412 and changes nothing */
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
            /** @description Done */
            200: {
                headers: {
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    ETag: components["headers"]["ETag"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
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
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, expired or invalid bearer token or API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /**
             * @description API keys are read only
             *
             *     Requires the staff role or higher
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record in your agency */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /**
             * @description Wrong status for this step, or a double booking / out-of-hours slot: `conflict` names company, buyer, interpreter, table or hours
             *
             *     The same Idempotency-Key is still being processed
             */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match names an older version; nothing changed */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The Idempotency-Key was used with another body */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Over the rate limit of your API key, user or client address: wait `Retry-After` seconds */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createConsultationFromMeeting: {
        parameters: {
            query?: never;
            header?: {
                /** @description Retry-safe POST: a retry with the same key and body within 24 h replays the first answer (`Idempotent-Replayed: true`) and does nothing */
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
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    /** @description The created record: `/v1/consultations/{id}` */
                    Location: string;
                    ETag: components["headers"]["ETag"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
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
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, expired or invalid bearer token or API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /**
             * @description API keys are read only
             *
             *     Requires the staff role or higher
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record in your agency */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
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
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The Idempotency-Key was used with another body */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Over the rate limit of your API key, user or client address: wait `Retry-After` seconds */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    advanceMeeting: {
        parameters: {
            query?: never;
            header?: {
                /** @description Retry-safe POST: a retry with the same key and body within 24 h replays the first answer (`Idempotent-Replayed: true`) and does nothing */
                "Idempotency-Key"?: string;
                /** @description The ETag (version) you read; a stale one is answered 412 and changes nothing */
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
            /** @description Done */
            200: {
                headers: {
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    ETag: components["headers"]["ETag"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
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
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, expired or invalid bearer token or API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /**
             * @description API keys are read only
             *
             *     Requires the staff role or higher
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record in your agency */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /**
             * @description Wrong status for this step, or a double booking / out-of-hours slot: `conflict` names company, buyer, interpreter, table or hours
             *
             *     The same Idempotency-Key is still being processed
             */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match names an older version; nothing changed */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The Idempotency-Key was used with another body */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Over the rate limit of your API key, user or client address: wait `Retry-After` seconds */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    scheduleMeetings: {
        parameters: {
            query?: never;
            header?: {
                /** @description Retry-safe POST: a retry with the same key and body within 24 h replays the first answer (`Idempotent-Replayed: true`) and does nothing */
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
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
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
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, expired or invalid bearer token or API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /**
             * @description API keys are read only
             *
             *     Requires the manager role or higher
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record in your agency */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The same Idempotency-Key is still being processed */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The Idempotency-Key was used with another body */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Over the rate limit of your API key, user or client address: wait `Retry-After` seconds */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getScheduleRun: {
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
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
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
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, expired or invalid bearer token or API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record in your agency */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Over the rate limit of your API key, user or client address: wait `Retry-After` seconds */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listMatches: {
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
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
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
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, expired or invalid bearer token or API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record in your agency */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Over the rate limit of your API key, user or client address: wait `Retry-After` seconds */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createImport: {
        parameters: {
            query?: never;
            header?: {
                /** @description Retry-safe POST: a retry with the same key and body within 24 h replays the first answer (`Idempotent-Replayed: true`) and does nothing */
                "Idempotency-Key"?: string;
            };
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
                    /** @description JSON object header → field (ref, company, registrationNumber, buyerOrganisation, buyerContact, buyerEmail, country, occurredAt, product, quantity, amount, currency, stage, type, status, signedOn, notes, rating, nextStep, followUpDue) */
                    mapping?: string;
                };
            };
        };
        responses: {
            /** @description Queued; poll GET /v1/imports/{id} */
            201: {
                headers: {
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    /** @description The created record: `/v1/imports/{id}` */
                    Location: string;
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
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
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, expired or invalid bearer token or API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description API keys are read only */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The same Idempotency-Key is still being processed */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The Idempotency-Key was used with another body */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Over the rate limit of your API key, user or client address: wait `Retry-After` seconds */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getImport: {
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
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
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
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, expired or invalid bearer token or API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires the manager role or higher */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record in your agency */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Over the rate limit of your API key, user or client address: wait `Retry-After` seconds */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    downloadImportErrors: {
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
                    /** @description `attachment; filename="import-errors.csv"` */
                    "Content-Disposition": string;
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": string;
                };
            };
            /** @description Validation failed; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, expired or invalid bearer token or API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires the manager role or higher */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record in your agency */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Over the rate limit of your API key, user or client address: wait `Retry-After` seconds */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listWebhooks: {
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
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
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
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, expired or invalid bearer token or API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires the admin role or higher */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Over the rate limit of your API key, user or client address: wait `Retry-After` seconds */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createWebhook: {
        parameters: {
            query?: never;
            header?: {
                /** @description Retry-safe POST: the answer carries a secret shown once and never stored, so a retry with the same key and body is a 409 and does nothing */
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
                    /** @description The created record: `/v1/webhooks/{id}` */
                    Location: string;
                    ETag: components["headers"]["ETag"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
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
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, expired or invalid bearer token or API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description API keys are read only */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The same Idempotency-Key is still being processed, or was used before: the secret is shown only once, nothing was done now */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The Idempotency-Key was used with another body */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Over the rate limit of your API key, user or client address: wait `Retry-After` seconds */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getWebhook: {
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
                    ETag: components["headers"]["ETag"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
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
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, expired or invalid bearer token or API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires the admin role or higher */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record in your agency */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Over the rate limit of your API key, user or client address: wait `Retry-After` seconds */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    deleteWebhook: {
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
            /** @description Deleted */
            204: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
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
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, expired or invalid bearer token or API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires the admin role or higher */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record in your agency */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Over the rate limit of your API key, user or client address: wait `Retry-After` seconds */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updateWebhook: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag (version) you read; a stale one is answered 412 and changes nothing */
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
                    ETag: components["headers"]["ETag"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
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
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, expired or invalid bearer token or API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description API keys are read only */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record in your agency */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match names an older version; nothing changed */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Over the rate limit of your API key, user or client address: wait `Retry-After` seconds */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    rotateWebhookSecret: {
        parameters: {
            query?: never;
            header?: {
                /** @description Retry-safe POST: the answer carries a secret shown once and never stored, so a retry with the same key and body is a 409 and does nothing */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The new secret is in this response only */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
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
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, expired or invalid bearer token or API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description API keys are read only */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record in your agency */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The same Idempotency-Key is still being processed, or was used before: the secret is shown only once, nothing was done now */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The Idempotency-Key was used with another body */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Over the rate limit of your API key, user or client address: wait `Retry-After` seconds */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listWebhookDeliveries: {
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
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
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
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, expired or invalid bearer token or API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires the admin role or higher */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record in your agency */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Over the rate limit of your API key, user or client address: wait `Retry-After` seconds */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    redeliverWebhookDelivery: {
        parameters: {
            query?: never;
            header?: {
                /** @description Retry-safe POST: a retry with the same key and body within 24 h replays the first answer (`Idempotent-Replayed: true`) and does nothing */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
                deliveryId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Accepted: queued */
            202: {
                headers: {
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
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
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, expired or invalid bearer token or API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description API keys are read only */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record in your agency */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /**
             * @description The endpoint is disabled: enable it first
             *
             *     The same Idempotency-Key is still being processed
             */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The Idempotency-Key was used with another body */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Over the rate limit of your API key, user or client address: wait `Retry-After` seconds */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    redeliverFailedWebhookDeliveries: {
        parameters: {
            query?: never;
            header?: {
                /** @description Retry-safe POST: a retry with the same key and body within 24 h replays the first answer (`Idempotent-Replayed: true`) and does nothing */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Accepted: queued */
            202: {
                headers: {
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
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
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, expired or invalid bearer token or API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description API keys are read only */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record in your agency */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /**
             * @description The endpoint is disabled: enable it first
             *
             *     The same Idempotency-Key is still being processed
             */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The Idempotency-Key was used with another body */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Over the rate limit of your API key, user or client address: wait `Retry-After` seconds */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    sendWebhookTestEvent: {
        parameters: {
            query?: never;
            header?: {
                /** @description Retry-safe POST: a retry with the same key and body within 24 h replays the first answer (`Idempotent-Replayed: true`) and does nothing */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Accepted: queued */
            202: {
                headers: {
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
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
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, expired or invalid bearer token or API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description API keys are read only */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record in your agency */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /**
             * @description The endpoint is disabled: enable it first
             *
             *     The same Idempotency-Key is still being processed
             */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The Idempotency-Key was used with another body */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Over the rate limit of your API key, user or client address: wait `Retry-After` seconds */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listInvitations: {
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
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InvitationPageDto"];
                };
            };
            /** @description Validation failed; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, expired or invalid bearer token or API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires the admin role or higher */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Over the rate limit of your API key, user or client address: wait `Retry-After` seconds */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createInvitation: {
        parameters: {
            query?: never;
            header?: {
                /** @description Retry-safe POST: a retry with the same key and body within 24 h replays the first answer (`Idempotent-Replayed: true`) and does nothing */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateInvitationDto"];
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    /** @description The created record: `/v1/invitations/{id}` */
                    Location: string;
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InvitationDto"];
                };
            };
            /** @description Validation failed; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, expired or invalid bearer token or API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /**
             * @description API keys are read only
             *
             *     Requires the admin role or higher
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /**
             * @description A user with this email exists
             *
             *     The same Idempotency-Key is still being processed
             */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The Idempotency-Key was used with another body */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Over the rate limit of your API key, user or client address: wait `Retry-After` seconds */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getInvitation: {
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
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InvitationDto"];
                };
            };
            /** @description Validation failed; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, expired or invalid bearer token or API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires the admin role or higher */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record in your agency */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Over the rate limit of your API key, user or client address: wait `Retry-After` seconds */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    revokeInvitation: {
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
            /** @description Revoked (or already revoked or expired) */
            204: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
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
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, expired or invalid bearer token or API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires the admin role or higher */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record in your agency */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The invitation has been accepted */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Over the rate limit of your API key, user or client address: wait `Retry-After` seconds */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    acceptInvitation: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AcceptInvitationDto"];
            };
        };
        responses: {
            /** @description The account is active */
            204: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
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
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A user with the invitation email exists already */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The link is unknown, used, expired or revoked (`reason`) */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /**
             * @description Too many refused links from this address; see Retry-After
             *
             *     Over the rate limit of your API key, user or client address: wait `Retry-After` seconds
             */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    requestPasswordReset: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RequestPasswordResetDto"];
            };
        };
        responses: {
            /** @description Accepted (the same answer for any email) */
            202: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PasswordResetRequestedDto"];
                };
            };
            /** @description Validation failed; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /**
             * @description Too many requests for this email or from this address; see Retry-After
             *
             *     Over the rate limit of your API key, user or client address: wait `Retry-After` seconds
             */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    resetPassword: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ResetPasswordDto"];
            };
        };
        responses: {
            /** @description The password is changed */
            204: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
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
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The link is unknown, used, expired, or the password changed since (`reason`) */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /**
             * @description Too many refused links from this address; see Retry-After
             *
             *     Over the rate limit of your API key, user or client address: wait `Retry-After` seconds
             */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
}
