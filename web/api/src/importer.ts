// Generated from docs/openapi/importer.json by `npm run generate` in web/: do not edit.

export interface paths {
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
        get: operations["getImporterLiveness"];
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
        get: operations["getImporterReadiness"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/imports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List Imports
         * @description The facility's imports, newest first.
         */
        get: operations["listImports"];
        put?: never;
        /**
         * Upload
         * @description The file is the request body (CSV or XLSX); the same file again answers 200 with its existing job.
         */
        post: operations["uploadImport"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/imports/template.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Template
         * @description A CSV with every column the importer recognises and one example row.
         */
        get: operations["getImportTemplate"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/imports/{job_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get Import
         * @description A job with its validation summary and progress.
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
    "/imports/{job_id}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Cancel
         * @description Stop sending; what contacts already applied stays (undo removes it).
         */
        post: operations["cancelImport"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/imports/{job_id}/confirm": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Confirm
         * @description Send the valid rows to contacts in the background.
         */
        post: operations["confirmImport"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/imports/{job_id}/errors.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Errors Csv
         * @description Every rejected row with its reasons and its original cells, streamed (no cap).
         */
        get: operations["getImportErrorsCsv"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/imports/{job_id}/mapping": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Put Mapping
         * @description Override the automatic mapping; the file is validated again with it.
         */
        put: operations["putImportMapping"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/imports/{job_id}/preview": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Preview
         * @description The first rows with each row's problems and what `mode` will do with them (a dry run), and the file's counts.
         */
        get: operations["previewImport"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/imports/{job_id}/undo": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Undo
         * @description Remove the customers the import created that nobody changed or linked since; the job shows what was kept.
         */
        post: operations["undoImport"];
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
         * ConfirmIn
         * @description How rows meet existing customers (matched by email).
         */
        ConfirmIn: {
            /**
             * Blank Clears
             * @default false
             */
            blank_clears?: boolean;
            /**
             * Mode
             * @default create
             * @enum {string}
             */
            mode?: "create" | "upsert" | "update";
        };
        /**
         * DryRun
         * @description How many rows of the whole file the mode would create, update, skip and reject.
         */
        DryRun: {
            /** Create */
            create: number;
            /** Reject */
            reject: number;
            /** Skip */
            skip: number;
            /** Update */
            update: number;
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
         * FieldChange
         * @description One stored value an update would change: `from` the stored value `to` the file's.
         */
        FieldChange: {
            /** Field */
            field: string;
            /** From */
            from: unknown;
            /** To */
            to: unknown;
        };
        /**
         * ImportJob
         * @description An import: the file, its mapping, the validation summary and the progress.
         */
        ImportJob: {
            /** Blank Clears */
            blank_clears: boolean;
            /** Cars File */
            cars_file: boolean;
            /** Confirmed At */
            confirmed_at: string | null;
            /** Country */
            country: string;
            /**
             * Created At
             * Format: date-time
             */
            created_at: string;
            /** Created By */
            created_by: string;
            /** Delimiter */
            delimiter: string | null;
            /** Encoding */
            encoding: string | null;
            /** Error */
            error: string | null;
            /** Filename */
            filename: string;
            /** Finished At */
            finished_at: string | null;
            /** Header Row */
            header_row: number | null;
            /** Headers */
            headers: string[];
            /**
             * Id
             * Format: uuid
             */
            id: string;
            /** Kind */
            kind: string;
            /** Mapping */
            mapping: {
                [key: string]: string;
            };
            /** Missing Fields */
            missing_fields: string[];
            /** Mode */
            mode: string;
            progress: components["schemas"]["Progress"];
            rows: components["schemas"]["RowCounts"];
            /** Size */
            size: number;
            /** Status */
            status: string;
            /** Summary */
            summary: {
                [key: string]: unknown;
            };
            undo: components["schemas"]["Undo"];
        };
        /**
         * ImportJobPage
         * @description The facility's imports, newest first, one page.
         */
        ImportJobPage: {
            /** Items */
            items: components["schemas"]["ImportJob"][];
            /** Next Cursor */
            next_cursor?: string | null;
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
         * MappingIn
         * @description Staff's column choices: {field: header, or null to ignore the field}; and which row holds the headers.
         */
        MappingIn: {
            /** Header Row */
            header_row?: number | null;
            /** Mapping */
            mapping?: {
                [key: string]: string | null;
            };
        };
        /**
         * Preview
         * @description The first rows with what `mode` will do to each, the whole file's dry-run counts, and the job.
         */
        Preview: {
            /** Blank Clears */
            blank_clears: boolean;
            dry_run: components["schemas"]["DryRun"];
            job: components["schemas"]["ImportJob"];
            /** Mode */
            mode: string;
            /** Rows */
            rows: components["schemas"]["PreviewRow"][];
            /** Validated */
            validated: boolean;
        };
        /**
         * PreviewRow
         * @description A row of the file: its values by field, its problems, and what confirming in the mode would do with it.
         */
        PreviewRow: {
            /**
             * Action
             * @enum {string}
             */
            action: "create" | "update" | "skip" | "reject" | "link_cars";
            /** Changes */
            changes?: components["schemas"]["FieldChange"][] | null;
            /** Errors */
            errors: {
                [key: string]: unknown;
            }[];
            /** Reason */
            reason?: string | null;
            /** Row No */
            row_no: number;
            /** Values */
            values: {
                [key: string]: string;
            };
        };
        /**
         * Progress
         * @description How far sending and applying the valid rows has got.
         */
        Progress: {
            /** Chunks Applied */
            chunks_applied: number;
            /** Chunks Sent */
            chunks_sent: number;
            /** Chunks Total */
            chunks_total: number | null;
            /** Created */
            created: number;
            /** Done */
            done: number;
            /** Failed */
            failed: number;
            /** Rows Per S */
            rows_per_s: number | null;
            /** Rows Sent */
            rows_sent: number;
            /** Seconds Left */
            seconds_left: number | null;
            /** Skipped */
            skipped: number;
            /** Updated */
            updated: number;
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
         * RowCounts
         * @description Rows in the file, valid and rejected (as far as validated).
         */
        RowCounts: {
            /** Rejected */
            rejected: number;
            /** Total */
            total: number;
            /** Valid */
            valid: number;
        };
        /**
         * Undo
         * @description The state of an undo, and what it removed and kept.
         */
        Undo: {
            /** Result */
            result?: unknown;
            /** Status */
            status: string | null;
        };
        /**
         * UploadedJob
         * @description The job of an upload; `same_file_as_existing_job` when the file was uploaded before.
         */
        UploadedJob: {
            /** Blank Clears */
            blank_clears: boolean;
            /** Cars File */
            cars_file: boolean;
            /** Confirmed At */
            confirmed_at: string | null;
            /** Country */
            country: string;
            /**
             * Created At
             * Format: date-time
             */
            created_at: string;
            /** Created By */
            created_by: string;
            /** Delimiter */
            delimiter: string | null;
            /** Encoding */
            encoding: string | null;
            /** Error */
            error: string | null;
            /** Filename */
            filename: string;
            /** Finished At */
            finished_at: string | null;
            /** Header Row */
            header_row: number | null;
            /** Headers */
            headers: string[];
            /**
             * Id
             * Format: uuid
             */
            id: string;
            /** Kind */
            kind: string;
            /** Mapping */
            mapping: {
                [key: string]: string;
            };
            /** Missing Fields */
            missing_fields: string[];
            /** Mode */
            mode: string;
            progress: components["schemas"]["Progress"];
            rows: components["schemas"]["RowCounts"];
            /** Same File As Existing Job */
            same_file_as_existing_job: boolean;
            /** Size */
            size: number;
            /** Status */
            status: string;
            /** Summary */
            summary: {
                [key: string]: unknown;
            };
            undo: components["schemas"]["Undo"];
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
    getImporterLiveness: {
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
    getImporterReadiness: {
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
    listImports: {
        parameters: {
            query?: {
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
                    "application/json": components["schemas"]["ImportJobPage"];
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
    uploadImport: {
        parameters: {
            query?: {
                filename?: string;
                country?: string | null;
            };
            header?: {
                "x-facility-id"?: string | null;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example First name,Last name,Email,Phone,Company,Language,Birthday,Tags,Address,Address 2,Postal code,City,Country,Notes,Stage,Source,Customer type,Make,Model,Year,Colour,Plate,VIN
                 *     Marie,Dupont,marie.dupont@example.com,06 12 34 56 78,,fr,31/12/1980,vip,1 rue de la Paix,,75002,Paris,FR,,Prospect,Salon,Collector,Porsche,911,1973,Red,AB-123-CD,
                 */
                "application/octet-stream": string;
            };
        };
        responses: {
            /** @description This file was uploaded before */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UploadedJob"];
                };
            };
            /** @description Successful Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UploadedJob"];
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
            /** @description The upload is too large */
            413: {
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
    getImportTemplate: {
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
            /** @description The template */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": string;
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
    getImport: {
        parameters: {
            query?: never;
            header?: {
                "x-facility-id"?: string | null;
            };
            path: {
                job_id: string;
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
                    "application/json": components["schemas"]["ImportJob"];
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
    cancelImport: {
        parameters: {
            query?: never;
            header?: {
                "x-facility-id"?: string | null;
            };
            path: {
                job_id: string;
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
                    "application/json": components["schemas"]["ImportJob"];
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
            /** @description Conflicts with the current state (stale version, duplicate, a business rule) */
            409: {
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
    confirmImport: {
        parameters: {
            query?: never;
            header?: {
                "x-facility-id"?: string | null;
            };
            path: {
                job_id: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["ConfirmIn"] | null;
            };
        };
        responses: {
            /** @description Successful Response */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImportJob"];
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
            /** @description Conflicts with the current state (stale version, duplicate, a business rule) */
            409: {
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
    getImportErrorsCsv: {
        parameters: {
            query?: never;
            header?: {
                "x-facility-id"?: string | null;
            };
            path: {
                job_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Every rejected row with its reasons */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": string;
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
    putImportMapping: {
        parameters: {
            query?: never;
            header?: {
                "x-facility-id"?: string | null;
            };
            path: {
                job_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MappingIn"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImportJob"];
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
            /** @description Conflicts with the current state (stale version, duplicate, a business rule) */
            409: {
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
    previewImport: {
        parameters: {
            query?: {
                limit?: number | null;
                mode?: ("create" | "upsert" | "update") | null;
                blank_clears?: boolean | null;
            };
            header?: {
                "x-facility-id"?: string | null;
            };
            path: {
                job_id: string;
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
                    "application/json": components["schemas"]["Preview"];
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
    undoImport: {
        parameters: {
            query?: never;
            header?: {
                "x-facility-id"?: string | null;
            };
            path: {
                job_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImportJob"];
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
            /** @description Conflicts with the current state (stale version, duplicate, a business rule) */
            409: {
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
