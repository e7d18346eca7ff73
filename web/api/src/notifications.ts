// Generated from docs/openapi/notifications.json by `npm run generate` in web/: do not edit.

export interface paths {
    "/broadcasts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create Broadcast
         * @description Queue a marketing email to every audience member in their language; opted-out, invalid and bounced are
         *     skipped.
         */
        post: operations["createBroadcast"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/broadcasts/preview": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Preview Broadcast
         * @description Before sending: how many the audience reaches (by language), and who is skipped and why.
         */
        post: operations["previewBroadcast"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/broadcasts/test": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Send Test
         * @description Send the message to the signed-in staff member's own address, once per written language.
         */
        post: operations["sendBroadcastTest"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/broadcasts/{broadcast_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Broadcast Report
         * @description The send report of a broadcast.
         */
        get: operations["getBroadcast"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/emails": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Email Log
         * @description The email log: recipient, template, language, status, attempts, times, message id.
         */
        get: operations["listEmails"];
        put?: never;
        /**
         * Send Direct
         * @description Send one email to a customer, or to one person on the account.
         */
        post: operations["sendEmail"];
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
         * Live
         * @description The process is up.
         */
        get: operations["getNotificationsLiveness"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/health/ready": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Ready
         * @description Ready when the database answers; the broker is reported in `checks.kafka` (writes wait in the outbox).
         */
        get: operations["getNotificationsReadiness"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/recipients/{customer_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get Recipient
         * @description What notifications knows of a customer.
         */
        get: operations["getRecipient"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/settings/facility": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get Profile
         * @description The facility name and reply-to (defaults when never set).
         */
        get: operations["getFacilityProfile"];
        /**
         * Put Profile
         * @description Set the facility name and reply-to shown on every email.
         */
        put: operations["putFacilityProfile"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/unsubscribe": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Unsubscribe Page
         * @description Only shows a confirmation form: link scanners that open the link unsubscribe nobody.
         */
        get: operations["showUnsubscribePage"];
        put?: never;
        /**
         * Unsubscribe Now
         * @description One-click unsubscribe: opts the recipient out of marketing and tells contacts.
         */
        post: operations["unsubscribe"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/webhooks/mail-provider": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Provider Webhook
         * @description Bounces and complaints, signed with HMAC-SHA256 over `timestamp.body`; each event applies once.
         */
        post: operations["receiveMailProviderEvent"];
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
        /**
         * Audience
         * @description Who a broadcast goes to; empty lists mean no restriction on that field.
         */
        Audience: {
            /**
             * Customer Ids
             * @description Only these customers (a selection or a filtered list); null: no restriction, []: nobody
             */
            customer_ids?: string[] | null;
            /** Customer Types */
            customer_types?: string[];
            /** Language */
            language?: ("fr" | "en")[];
            /** Stage */
            stage?: string[];
            /** Status */
            status?: ("lead" | "active" | "inactive")[];
            /** Tags */
            tags?: string[];
        };
        /**
         * AudiencePreview
         * @description What a broadcast would do: the audience, how many get it (by language), who is skipped and why.
         */
        AudiencePreview: {
            /** Languages */
            languages: {
                [key: string]: number;
            };
            /** Sending */
            sending: number;
            /** Skipped */
            skipped: {
                [key: string]: number;
            };
            /** Skipped Recipients */
            skipped_recipients: components["schemas"]["SkippedRecipient"][];
            /** Total */
            total: number;
        };
        /**
         * BroadcastIn
         * @description A broadcast: audience and message.
         */
        BroadcastIn: {
            audience: components["schemas"]["Audience"];
            /** Body */
            body: string;
            english?: components["schemas"]["English"] | null;
            /** Subject */
            subject: string;
        };
        /**
         * BroadcastReport
         * @description A broadcast and its send report; `skipped` counts by reason (other statuses may appear as counts).
         */
        BroadcastReport: {
            /** Audience */
            audience: {
                [key: string]: unknown;
            };
            /** Completed At */
            completed_at: string | null;
            /**
             * Created At
             * Format: date-time
             */
            created_at: string;
            /** English */
            english?: {
                [key: string]: string;
            } | null;
            /** Failed */
            failed: number;
            /**
             * Id
             * Format: uuid
             */
            id: string;
            /** Queued */
            queued: number;
            /** Sent */
            sent: number;
            /** Skipped */
            skipped: {
                [key: string]: number;
            };
            /** Status */
            status: string;
            /** Subject */
            subject: string;
        } & {
            [key: string]: unknown;
        };
        /**
         * DirectMessage
         * @description One email written by staff (transactional, not marketing).
         */
        DirectMessage: {
            /** Body */
            body: string;
            /**
             * Customer Id
             * Format: uuid
             */
            customer_id: string;
            /** Person Id */
            person_id?: string | null;
            /** Subject */
            subject: string;
        };
        /**
         * Email
         * @description An email in the log: recipient, template, status, attempts.
         */
        Email: {
            /** Attempts */
            attempts: number;
            /** Broadcast Id */
            broadcast_id?: string | null;
            /** Category */
            category: string;
            /**
             * Created At
             * Format: date-time
             */
            created_at: string;
            /** Customer Id */
            customer_id?: string | null;
            /**
             * Facility Id
             * Format: uuid
             */
            facility_id: string;
            /**
             * Id
             * Format: uuid
             */
            id: string;
            /** Language */
            language: string;
            /** Message Id */
            message_id?: string | null;
            /**
             * Next Attempt At
             * Format: date-time
             */
            next_attempt_at: string;
            /** Person Id */
            person_id?: string | null;
            /** Reason */
            reason?: string | null;
            /** Sent At */
            sent_at?: string | null;
            /** Status */
            status: string;
            /** Template */
            template: string;
            /** To Email */
            to_email?: string | null;
            /** To Name */
            to_name?: string | null;
        };
        /**
         * EmailPage
         * @description The email log, newest first, one page.
         */
        EmailPage: {
            /** Items */
            items: components["schemas"]["Email"][];
            /** Next Cursor */
            next_cursor?: string | null;
        };
        /**
         * EmailQueued
         * @description The email queued (or skipped, with why).
         */
        EmailQueued: {
            /**
             * Email Id
             * Format: uuid
             */
            email_id: string;
            /** Reason */
            reason: string | null;
            /** Status */
            status: string;
        };
        /**
         * English
         * @description The message English-speaking recipients get.
         */
        English: {
            /** Body */
            body: string;
            /** Subject */
            subject: string;
        };
        /**
         * ErrorBody
         * @description The body of every 4xx answer: its status, a machine-readable code and one item per reason.
         */
        ErrorBody: {
            /** Code */
            code: string;
            /** Detail */
            detail: components["schemas"]["ErrorItem"][];
            /** Status */
            status: number;
        };
        /**
         * ErrorItem
         * @description One reason of a refusal: the field path, a message, a machine-readable type, and its context.
         */
        ErrorItem: {
            /** Ctx */
            ctx?: {
                [key: string]: unknown;
            } | null;
            /**
             * Loc
             * @description Field path, e.g. ['body', 'email'] or ['query', 'cursor']
             */
            loc: (string | number)[];
            /** Msg */
            msg: string;
            /** Type */
            type: string;
        };
        /**
         * FacilityProfile
         * @description The facility's name and reply-to address on every email.
         */
        FacilityProfile: {
            /** Name */
            name: string;
            /** Reply To */
            reply_to?: string | null;
        };
        /**
         * FacilityProfileOut
         * @description The facility's name and reply-to address on every email.
         */
        FacilityProfileOut: {
            /** Name */
            name: string;
            /** Reply To */
            reply_to: string | null;
        };
        /**
         * Liveness
         * @description The process answers.
         */
        Liveness: {
            /** Status */
            status: string;
        };
        /**
         * Message
         * @description The message: French (every recipient without an English version gets it) and optionally English.
         */
        Message: {
            /** Body */
            body: string;
            english?: components["schemas"]["English"] | null;
            /** Subject */
            subject: string;
        };
        /**
         * PreviewIn
         * @description The audience to count.
         */
        PreviewIn: {
            audience: components["schemas"]["Audience"];
        };
        /**
         * Readiness
         * @description Whether the service can serve HTTP (its database), and each dependency's state ("ok" or what is wrong).
         */
        Readiness: {
            /** Checks */
            checks: {
                [key: string]: string;
            };
            /** Status */
            status: string;
        };
        /**
         * RecipientOut
         * @description A recipient as notifications knows it.
         */
        RecipientOut: {
            /**
             * Customer Id
             * Format: uuid
             */
            customer_id: string;
            /** Customer Types */
            customer_types: string[];
            /** Deleted */
            deleted: boolean;
            /** Email */
            email: string | null;
            /**
             * Facility Id
             * Format: uuid
             */
            facility_id: string;
            /** First Name */
            first_name: string;
            /** Language */
            language: string;
            /** Last Name */
            last_name: string;
            /** Marketing Opt Out */
            marketing_opt_out: boolean;
            /** Stage */
            stage: string | null;
            /** Status */
            status: string;
            /** Tags */
            tags: string[];
            /** Undeliverable Reason */
            undeliverable_reason?: string | null;
            /**
             * Updated At
             * Format: date-time
             */
            updated_at: string;
            /** Version */
            version: number;
        };
        /**
         * SkippedRecipient
         * @description An audience member who will not get the broadcast, and why (no_email, opted_out, undeliverable).
         */
        SkippedRecipient: {
            /**
             * Customer Id
             * Format: uuid
             */
            customer_id: string;
            /** Email */
            email: string | null;
            /** First Name */
            first_name: string;
            /** Last Name */
            last_name: string;
            /** Reason */
            reason: string;
        };
        /**
         * TestQueued
         * @description One test email queued, in one language.
         */
        TestQueued: {
            /**
             * Email Id
             * Format: uuid
             */
            email_id: string;
            /** Language */
            language: string;
        };
        /**
         * TestSent
         * @description Where the test went, and one email per written language.
         */
        TestSent: {
            /** Emails */
            emails: components["schemas"]["TestQueued"][];
            /** To */
            to: string;
        };
        /**
         * WebhookApplied
         * @description Whether the provider event changed anything (false: seen before).
         */
        WebhookApplied: {
            /** Applied */
            applied: boolean;
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
    createBroadcast: {
        parameters: {
            query?: never;
            header?: {
                "x-facility-id"?: string | null;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["BroadcastIn"];
            };
        };
        responses: {
            /** @description Successful Response */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BroadcastReport"];
                };
            };
            /** @description The X-Facility-ID header is missing (token with several facilities) or not a UUID */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description No valid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not allowed: another facility, or a role that may not write */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Invalid input; `detail` names each field */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    previewBroadcast: {
        parameters: {
            query?: never;
            header?: {
                "x-facility-id"?: string | null;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PreviewIn"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AudiencePreview"];
                };
            };
            /** @description The X-Facility-ID header is missing (token with several facilities) or not a UUID */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description No valid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not allowed: another facility, or a role that may not write */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Invalid input; `detail` names each field */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    sendBroadcastTest: {
        parameters: {
            query?: never;
            header?: {
                "x-facility-id"?: string | null;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["Message"];
            };
        };
        responses: {
            /** @description Successful Response */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TestSent"];
                };
            };
            /** @description The X-Facility-ID header is missing (token with several facilities) or not a UUID */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description No valid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not allowed: another facility, or a role that may not write */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Invalid input; `detail` names each field */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    getBroadcast: {
        parameters: {
            query?: never;
            header?: {
                "x-facility-id"?: string | null;
            };
            path: {
                broadcast_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BroadcastReport"];
                };
            };
            /** @description The X-Facility-ID header is missing (token with several facilities) or not a UUID */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description No valid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not allowed: another facility, or a role that may not write */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not found in the active facility */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Invalid input; `detail` names each field */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    listEmails: {
        parameters: {
            query?: {
                customer_id?: string | null;
                broadcast_id?: string | null;
                /** @description items per page */
                limit?: number;
                /** @description `next_cursor` of the previous page */
                cursor?: string | null;
            };
            header?: {
                "x-facility-id"?: string | null;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EmailPage"];
                };
            };
            /** @description The X-Facility-ID header is missing (token with several facilities) or not a UUID */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description No valid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not allowed: another facility, or a role that may not write */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Invalid input; `detail` names each field */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    sendEmail: {
        parameters: {
            query?: never;
            header?: {
                "x-facility-id"?: string | null;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DirectMessage"];
            };
        };
        responses: {
            /** @description Successful Response */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EmailQueued"];
                };
            };
            /** @description The X-Facility-ID header is missing (token with several facilities) or not a UUID */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description No valid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not allowed: another facility, or a role that may not write */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not found in the active facility */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Invalid input; `detail` names each field */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    getNotificationsLiveness: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Liveness"];
                };
            };
        };
    };
    getNotificationsReadiness: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Readiness"];
                };
            };
            /** @description The database is not ready */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Readiness"];
                };
            };
        };
    };
    getRecipient: {
        parameters: {
            query?: never;
            header?: {
                "x-facility-id"?: string | null;
            };
            path: {
                customer_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RecipientOut"];
                };
            };
            /** @description The X-Facility-ID header is missing (token with several facilities) or not a UUID */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description No valid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not allowed: another facility, or a role that may not write */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not found in the active facility */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Invalid input; `detail` names each field */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    getFacilityProfile: {
        parameters: {
            query?: never;
            header?: {
                "x-facility-id"?: string | null;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FacilityProfileOut"];
                };
            };
            /** @description The X-Facility-ID header is missing (token with several facilities) or not a UUID */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description No valid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not allowed: another facility, or a role that may not write */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Invalid input; `detail` names each field */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    putFacilityProfile: {
        parameters: {
            query?: never;
            header?: {
                "x-facility-id"?: string | null;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["FacilityProfile"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FacilityProfileOut"];
                };
            };
            /** @description The X-Facility-ID header is missing (token with several facilities) or not a UUID */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description No valid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not allowed: another facility, or a role that may not write */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Invalid input; `detail` names each field */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    showUnsubscribePage: {
        parameters: {
            query: {
                f: string;
                c: string;
                t: string;
                p?: string | null;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The page */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/html": string;
                };
            };
            /** @description The link is not valid (an HTML page) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/html": string;
                };
            };
            /** @description Invalid input; `detail` names each field */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/html": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    unsubscribe: {
        parameters: {
            query: {
                f: string;
                c: string;
                t: string;
                p?: string | null;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The page */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/html": string;
                };
            };
            /** @description The link is not valid (an HTML page) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/html": string;
                };
            };
            /** @description Invalid input; `detail` names each field */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/html": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    receiveMailProviderEvent: {
        parameters: {
            query?: never;
            header: {
                "x-webhook-timestamp": string;
                "x-webhook-signature": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "email": "marie.dupont@example.com",
                 *       "id": "evt-118",
                 *       "reason": "mailbox full",
                 *       "type": "bounce"
                 *     }
                 */
                "application/json": {
                    /** Email */
                    email: string;
                    /** Id */
                    id: string;
                    /** Message Id */
                    message_id?: string | null;
                    /**
                     * Reason
                     * @default
                     */
                    reason?: string;
                    /**
                     * Type
                     * @enum {string}
                     */
                    type: "bounce" | "complaint";
                };
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookApplied"];
                };
            };
            /** @description No valid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Invalid input; `detail` names each field */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
}
