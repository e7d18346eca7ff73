// Generated from docs/openapi/contacts.json by `npm run generate` in web/: do not edit.

export interface paths {
    "/appointments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List Appointments
         * @description The facility's appointments and events starting in the range (e.g. one day).
         */
        get: operations["listAppointments"];
        put?: never;
        /**
         * Create Appointment
         * @description Schedule an appointment for a customer (their car, if any) or a facility event; published to the portal.
         */
        post: operations["createAppointment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/appointments/{appointment_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Update Appointment
         * @description Change an appointment; `status` confirms (a requested pick-up too), marks done or cancels.
         */
        patch: operations["updateAppointment"];
        trace?: never;
    };
    "/board": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Board
         * @description Customers grouped by stage, in stage order (and 'no stage' first), each column with its count.
         */
        get: operations["getBoard"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/board/move": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Move Card
         * @description A stage change; a stale version gets 409.
         */
        post: operations["moveBoardCard"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cars/{car_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Update Car
         * @description Edit a car.
         */
        patch: operations["updateCar"];
        trace?: never;
    };
    "/cars/{car_id}/move": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Move Car
         * @description Move the car to another customer, or unlink it.
         */
        post: operations["moveCar"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/customers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List Customers
         * @description Find as you type, filter, sort by any column; keyset pages (pass next_cursor back).
         */
        get: operations["listCustomers"];
        put?: never;
        /**
         * Create Customer
         * @description Create a customer in the active facility.
         */
        post: operations["createCustomer"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/customers/bulk": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Bulk Action
         * @description Add/remove tags, change stage or mark inactive on a selection, in one transaction.
         */
        post: operations["bulkUpdateCustomers"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/customers/counts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Tab Counts
         * @description Counts per tab (All, Leads, Customers) and per status (Active, Inactive) for the search and filters.
         */
        get: operations["countCustomers"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/customers/duplicates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Duplicate Groups
         * @description Groups of customers sharing a phone, or a name and company.
         */
        get: operations["listDuplicateGroups"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/customers/export.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Export Csv
         * @description Every customer matching the current search and filters, as CSV (streamed).
         */
        get: operations["exportCustomersCsv"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/customers/{customer_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get Customer
         * @description One customer of the active facility.
         */
        get: operations["getCustomer"];
        put?: never;
        post?: never;
        /**
         * Delete Customer
         * @description Soft delete; 409 listing every reason while a rental, an unpaid invoice or a dispute is open.
         */
        delete: operations["deleteCustomer"];
        options?: never;
        head?: never;
        /**
         * Update Customer
         * @description Change a customer; a stale `version` gets 409.
         */
        patch: operations["updateCustomer"];
        trace?: never;
    };
    "/customers/{customer_id}/anonymize": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Anonymize
         * @description Erase the customer's personal data on request (ids stay for billing).
         */
        post: operations["anonymizeCustomer"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/customers/{customer_id}/appointments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List Customer Appointments
         * @description The customer's appointments starting in the range.
         */
        get: operations["listCustomerAppointments"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/customers/{customer_id}/cars": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List Cars
         * @description The customer's cars.
         */
        get: operations["listCars"];
        put?: never;
        /**
         * Add Car
         * @description Add a car owned by the customer (a VIN is unique in the facility).
         */
        post: operations["addCar"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/customers/{customer_id}/documents": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List Documents
         * @description The customer's documents.
         */
        get: operations["listDocuments"];
        put?: never;
        /**
         * Upload
         * @description Attach a file (size-limited).
         */
        post: operations["uploadDocument"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/customers/{customer_id}/documents/{document_id}": {
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
         * Remove
         * @description Remove a document and its file.
         */
        delete: operations["removeDocument"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/customers/{customer_id}/documents/{document_id}/link": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Link
         * @description A short-lived signed download URL (relative to this service's base).
         */
        post: operations["createDocumentLink"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/customers/{customer_id}/duplicates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Duplicates Of
         * @description Probable duplicates of one customer (same phone, similar name and company), best first.
         */
        get: operations["listDuplicatesOfCustomer"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/customers/{customer_id}/invite": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Invite
         * @description Send Invite / Resend Invite: the portal issues the link and notifications emails it.
         */
        post: operations["inviteCustomer"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/customers/{customer_id}/mark-inactive": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Mark Inactive
         * @description The safer alternative to deleting.
         */
        post: operations["markCustomerInactive"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/customers/{customer_id}/merge": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Merge
         * @description Merge `other_id` into this customer: people, cars, documents, tags, notes and timeline move here.
         */
        post: operations["mergeCustomers"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/customers/{customer_id}/people": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List People
         * @description Everyone on the account.
         */
        get: operations["listPeople"];
        put?: never;
        /**
         * Add Person
         * @description Add a person (at most one primary contact per customer).
         */
        post: operations["addPerson"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/customers/{customer_id}/people/{person_id}": {
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
         * Remove Person
         * @description Remove a person from the account.
         */
        delete: operations["removePerson"];
        options?: never;
        head?: never;
        /**
         * Update Person
         * @description Edit a person.
         */
        patch: operations["updatePerson"];
        trace?: never;
    };
    "/customers/{customer_id}/restore": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Restore Customer
         * @description Undo a deletion within 30 days.
         */
        post: operations["restoreCustomer"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/customers/{customer_id}/status": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Set Status
         * @description Mark as Lead or Inactive (Active comes from rentals).
         */
        post: operations["setCustomerStatus"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/customers/{customer_id}/timeline": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Customer Timeline
         * @description Every change with who, when and old/new values, plus emails, invites, sign-ins, rentals, invoices.
         */
        get: operations["getCustomerTimeline"];
        put?: never;
        /**
         * Log Contact
         * @description Log a call or a note on the timeline ("log a call"); the customer's last contact date follows it.
         */
        post: operations["logCustomerContact"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/documents/{document_id}/download": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Download
         * @description The file, if the link is signed and unexpired (no token: the link is the permission).
         */
        get: operations["downloadDocument"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/facilities": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List Facilities
         * @description The facilities this token may act for, with name, country, language, time zone and currency.
         *
         *     Needs no X-Facility-ID: the dashboard calls it to choose one. Facilities never configured show the defaults.
         */
        get: operations["listFacilities"];
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
         * Live
         * @description The process is up.
         */
        get: operations["getContactsLiveness"];
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
        get: operations["getContactsReadiness"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/settings/crm": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Crm Options
         * @description Pipeline stages, sources and customer types, in order.
         */
        get: operations["listCrmOptions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/settings/crm/{kind}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create Option
         * @description Add an option at the end.
         */
        post: operations["createCrmOption"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/settings/crm/{kind}/order": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Reorder Options
         * @description Reorder the options of a kind.
         */
        put: operations["reorderCrmOptions"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/settings/crm/{kind}/{option_id}": {
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
         * Delete Option
         * @description Delete an option; refused (409) while in use unless `move_to` names where its records go.
         */
        delete: operations["deleteCrmOption"];
        options?: never;
        head?: never;
        /**
         * Rename Option
         * @description Rename an option.
         */
        patch: operations["renameCrmOption"];
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
         * Get Facility Settings
         * @description Name, language, time zone, and the default country for phone numbers written without a country code.
         */
        get: operations["getContactsFacilitySettings"];
        /**
         * Put Facility Settings
         * @description Replace them (fields left out go back to their defaults).
         */
        put: operations["putContactsFacilitySettings"];
        post?: never;
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
         * Address
         * @description A postal address.
         */
        Address: {
            /** City */
            city?: string | null;
            /** Country */
            country?: string | null;
            /** Line1 */
            line1?: string | null;
            /** Line2 */
            line2?: string | null;
            /** Postal Code */
            postal_code?: string | null;
            /** Region */
            region?: string | null;
        };
        /**
         * Appointment
         * @description An appointment (or facility event when `customer_id` is null), with who and which car.
         */
        Appointment: {
            /** Car Id */
            car_id: string | null;
            /** Car Label */
            car_label: string | null;
            /**
             * Created At
             * Format: date-time
             */
            created_at: string;
            /** Created By */
            created_by: string;
            /** Customer Id */
            customer_id: string | null;
            /** Customer Name */
            customer_name: string | null;
            /** Ends At */
            ends_at: string | null;
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
            /**
             * Kind
             * @enum {string}
             */
            kind: "dropoff" | "pickup" | "service" | "event";
            /** Notes */
            notes: string | null;
            /**
             * Requested By Customer
             * @description Asked for by the customer in the portal.
             */
            requested_by_customer: boolean;
            /** Revision */
            revision: number;
            /**
             * Starts At
             * Format: date-time
             */
            starts_at: string;
            /**
             * Status
             * @enum {string}
             */
            status: "requested" | "scheduled" | "confirmed" | "done" | "cancelled";
            /** Title */
            title: string;
            /**
             * Updated At
             * Format: date-time
             */
            updated_at: string;
        };
        /**
         * AppointmentIn
         * @description A new appointment for a customer, or a facility event (kind `event`, no customer).
         */
        AppointmentIn: {
            /** Car Id */
            car_id?: string | null;
            /** Customer Id */
            customer_id?: string | null;
            /** Ends At */
            ends_at?: string | null;
            /**
             * Kind
             * @enum {string}
             */
            kind: "dropoff" | "pickup" | "service" | "event";
            /** Notes */
            notes?: string | null;
            /**
             * Starts At
             * Format: date-time
             */
            starts_at: string;
            /**
             * Status
             * @default scheduled
             * @enum {string}
             */
            status?: "scheduled" | "confirmed";
            /**
             * Title
             * @default
             */
            title?: string;
        };
        /**
         * AppointmentList
         * @description Appointments and facility events in the range, by start time.
         */
        AppointmentList: {
            /** Items */
            items: components["schemas"]["Appointment"][];
        };
        /**
         * AppointmentPatch
         * @description Changes to an appointment: details, time, or status (confirm, done, cancel).
         */
        AppointmentPatch: {
            /** Car Id */
            car_id?: string | null;
            /** Ends At */
            ends_at?: string | null;
            /** Notes */
            notes?: string | null;
            /** Starts At */
            starts_at?: string | null;
            /** Status */
            status?: ("scheduled" | "confirmed" | "done" | "cancelled") | null;
            /** Title */
            title?: string | null;
        };
        /**
         * Board
         * @description Customers grouped by stage, in stage order ('no stage' first).
         */
        Board: {
            /** Columns */
            columns: components["schemas"]["BoardColumn"][];
        };
        /**
         * BoardColumn
         * @description One stage, how many customers it holds, and the most recently changed of them.
         */
        BoardColumn: {
            /** Cards */
            cards: components["schemas"]["CustomerOut"][];
            /** Count */
            count: number;
            stage: components["schemas"]["BoardStage"];
        };
        /**
         * BoardMove
         * @description Move a card to a stage, guarded by the version the board showed.
         */
        BoardMove: {
            /**
             * Customer Id
             * Format: uuid
             */
            customer_id: string;
            /** Stage Id */
            stage_id: string | null;
            /** Version */
            version: number;
        };
        /**
         * BoardStage
         * @description A column's stage (both null for customers without a stage).
         */
        BoardStage: {
            /** Id */
            id: string | null;
            /** Name */
            name: string | null;
        };
        /** Body_uploadDocument */
        Body_uploadDocument: {
            /** File */
            file: string;
        };
        /**
         * BulkIn
         * @description An action on up to 1,000 selected customers.
         */
        BulkIn: {
            /**
             * Action
             * @enum {string}
             */
            action: "add_tags" | "remove_tags" | "set_stage" | "mark_inactive";
            /** Ids */
            ids: string[];
            /** Stage Id */
            stage_id?: string | null;
            /** Tags */
            tags?: string[];
        };
        /**
         * BulkResult
         * @description What a bulk action changed and skipped.
         */
        BulkResult: {
            /** Skipped */
            skipped: components["schemas"]["Skipped"][];
            /** Updated */
            updated: number;
        };
        /**
         * Car
         * @description A car, owned by a customer or unlinked.
         */
        Car: {
            /** Colour */
            colour?: string | null;
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
            /** Import Job Id */
            import_job_id?: string | null;
            /** Make */
            make: string;
            /** Model */
            model: string;
            /** Plate */
            plate?: string | null;
            /**
             * Updated At
             * Format: date-time
             */
            updated_at: string;
            /** Version */
            version: number;
            /** Vin */
            vin?: string | null;
            /** Year */
            year?: number | null;
        };
        /**
         * CarIn
         * @description A car.
         */
        CarIn: {
            /** Colour */
            colour?: string | null;
            /** Make */
            make: string;
            /** Model */
            model: string;
            /** Plate */
            plate?: string | null;
            /** Vin */
            vin?: string | null;
            /** Year */
            year?: number | null;
        };
        /**
         * CarMove
         * @description The new owner, or null to unlink.
         */
        CarMove: {
            /** Customer Id */
            customer_id: string | null;
        };
        /**
         * CarPage
         * @description The customer's cars, oldest first, one page.
         */
        CarPage: {
            /** Items */
            items: components["schemas"]["Car"][];
            /** Next Cursor */
            next_cursor?: string | null;
        };
        /**
         * CarPatch
         * @description Changes to a car.
         */
        CarPatch: {
            /** Colour */
            colour?: string | null;
            /** Make */
            make?: string | null;
            /** Model */
            model?: string | null;
            /** Plate */
            plate?: string | null;
            /** Vin */
            vin?: string | null;
            /** Year */
            year?: number | null;
        };
        /**
         * ContactIn
         * @description A call or note staff log on the timeline; it sets the customer's last contact date.
         */
        ContactIn: {
            /** Details */
            details?: string | null;
            /**
             * Kind
             * @enum {string}
             */
            kind: "call" | "note";
            /** Occurred At */
            occurred_at?: string | null;
            /** Summary */
            summary: string;
        };
        /**
         * CrmOption
         * @description A pipeline stage, source or customer type.
         */
        CrmOption: {
            /**
             * Id
             * Format: uuid
             */
            id: string;
            /** Name */
            name: string;
        };
        /**
         * CrmOptions
         * @description Every option of the facility, by kind, in order.
         */
        CrmOptions: {
            /** Customer Types */
            customer_types: components["schemas"]["CrmOption"][];
            /** Sources */
            sources: components["schemas"]["CrmOption"][];
            /** Stages */
            stages: components["schemas"]["CrmOption"][];
        };
        /**
         * CustomerIn
         * @description A new customer.
         */
        CustomerIn: {
            address?: components["schemas"]["Address"] | null;
            /** Birthday */
            birthday?: string | null;
            /** Company */
            company?: string | null;
            /** Customer Type Ids */
            customer_type_ids?: string[];
            /** Email */
            email?: string | null;
            /** First Name */
            first_name: string;
            /**
             * Language
             * @default fr
             * @enum {string}
             */
            language?: "fr" | "en";
            /** Last Name */
            last_name: string;
            /** Location Id */
            location_id?: string | null;
            /**
             * Marketing Opt Out
             * @default false
             */
            marketing_opt_out?: boolean;
            /** Notes */
            notes?: string | null;
            /** Phone */
            phone?: string | null;
            /** Photo Document Id */
            photo_document_id?: string | null;
            /**
             * Portal Access
             * @default true
             */
            portal_access?: boolean;
            /** Source Detail */
            source_detail?: string | null;
            /** Source Id */
            source_id?: string | null;
            /** Stage Id */
            stage_id?: string | null;
            /** Tags */
            tags?: string[];
        };
        /**
         * CustomerOut
         * @description A customer as staff see it.
         */
        CustomerOut: {
            /** Address */
            address?: {
                [key: string]: string | null;
            } | null;
            /** Birthday */
            birthday?: string | null;
            /** Company */
            company: string | null;
            /** Created At */
            created_at: string | null;
            /** Created By */
            created_by: string | null;
            /** Customer Type Ids */
            customer_type_ids?: string[];
            /** Email */
            email: string | null;
            /**
             * Facility Id
             * Format: uuid
             */
            facility_id: string;
            /** First Name */
            first_name: string;
            /**
             * Id
             * Format: uuid
             */
            id: string;
            /** Invited At */
            invited_at?: string | null;
            /** Language */
            language: string;
            /** Last Contacted At */
            last_contacted_at?: string | null;
            /** Last Name */
            last_name: string;
            /** Location Id */
            location_id?: string | null;
            /** Marketing Opt Out */
            marketing_opt_out: boolean;
            /** Notes */
            notes: string | null;
            /** Phone */
            phone: string | null;
            /** Phone Raw */
            phone_raw?: string | null;
            /** Photo Document Id */
            photo_document_id?: string | null;
            /**
             * Portal Access
             * @default true
             */
            portal_access?: boolean;
            /** Signed In At */
            signed_in_at?: string | null;
            /** Source Detail */
            source_detail?: string | null;
            /** Source Id */
            source_id?: string | null;
            /** Stage Id */
            stage_id?: string | null;
            /** Status */
            status: string;
            /** Tags */
            tags: string[];
            /** Updated At */
            updated_at: string | null;
            /** Updated By */
            updated_by: string | null;
            /** Version */
            version: number;
        };
        /**
         * CustomerPage
         * @description One page of customers and the cursor of the next.
         */
        CustomerPage: {
            /** Items */
            items: components["schemas"]["CustomerOut"][];
            /** Next Cursor */
            next_cursor: string | null;
        };
        /**
         * CustomerPatch
         * @description Changes to a customer, guarded by the version the client last saw.
         */
        CustomerPatch: {
            address?: components["schemas"]["Address"] | null;
            /** Birthday */
            birthday?: string | null;
            /** Company */
            company?: string | null;
            /** Customer Type Ids */
            customer_type_ids?: string[] | null;
            /** Email */
            email?: string | null;
            /** First Name */
            first_name?: string | null;
            /** Language */
            language?: ("fr" | "en") | null;
            /** Last Name */
            last_name?: string | null;
            /** Location Id */
            location_id?: string | null;
            /** Marketing Opt Out */
            marketing_opt_out?: boolean | null;
            /** Notes */
            notes?: string | null;
            /** Phone */
            phone?: string | null;
            /** Photo Document Id */
            photo_document_id?: string | null;
            /** Portal Access */
            portal_access?: boolean | null;
            /** Source Detail */
            source_detail?: string | null;
            /** Source Id */
            source_id?: string | null;
            /** Stage Id */
            stage_id?: string | null;
            /** Tags */
            tags?: string[] | null;
            /** Version */
            version: number;
        };
        /**
         * Document
         * @description A document attached to a customer.
         */
        Document: {
            /** Content Type */
            content_type: string;
            /**
             * Created At
             * Format: date-time
             */
            created_at: string;
            /**
             * Customer Id
             * Format: uuid
             */
            customer_id: string;
            /** Filename */
            filename: string;
            /**
             * Id
             * Format: uuid
             */
            id: string;
            /** Sha256 */
            sha256: string;
            /** Size */
            size: number;
            /** Uploaded By */
            uploaded_by: string;
        };
        /**
         * DocumentPage
         * @description The customer's documents, newest first, one page.
         */
        DocumentPage: {
            /** Items */
            items: components["schemas"]["Document"][];
            /** Next Cursor */
            next_cursor?: string | null;
        };
        /**
         * DownloadLink
         * @description A signed download URL relative to the service's base, valid until `expires` (unix time).
         */
        DownloadLink: {
            /** Expires */
            expires: number;
            /** Url */
            url: string;
        };
        /**
         * Duplicate
         * @description A probable duplicate of a customer and why.
         */
        Duplicate: {
            /**
             * Customer Id
             * Format: uuid
             */
            customer_id: string;
            /** Reasons */
            reasons: string[];
            /** Score */
            score: number;
        };
        /**
         * DuplicateGroup
         * @description Customers sharing a phone, or a name and company (oldest first).
         */
        DuplicateGroup: {
            /** Customer Ids */
            customer_ids: string[];
            /** Reason */
            reason: string;
        };
        /**
         * DuplicateGroupPage
         * @description Groups of probable duplicates, one page.
         */
        DuplicateGroupPage: {
            /** Items */
            items: components["schemas"]["DuplicateGroup"][];
            /** Next Cursor */
            next_cursor?: string | null;
        };
        /**
         * DuplicatePage
         * @description Probable duplicates of one customer, best first, one page.
         */
        DuplicatePage: {
            /** Items */
            items: components["schemas"]["Duplicate"][];
            /** Next Cursor */
            next_cursor?: string | null;
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
         * Facility
         * @description A facility in the token: what the dashboard's facility switcher shows (send its id as X-Facility-ID).
         */
        Facility: {
            /** Country */
            country: string;
            /** Currency */
            currency: string;
            /**
             * Id
             * Format: uuid
             */
            id: string;
            /**
             * Language
             * @enum {string}
             */
            language: "fr" | "en";
            /** Name */
            name: string | null;
            /** Time Zone */
            time_zone: string;
        };
        /**
         * FacilityPage
         * @description Every facility the token names, by name then id (a token names a handful: one page in practice).
         */
        FacilityPage: {
            /** Items */
            items: components["schemas"]["Facility"][];
            /** Next Cursor */
            next_cursor?: string | null;
        };
        /**
         * FacilitySettings
         * @description Facility-wide settings of contacts (PUT replaces them all; the currency is billing's, see /facilities).
         */
        FacilitySettings: {
            /** Default Country */
            default_country: string;
            /**
             * Email Required
             * @default true
             */
            email_required?: boolean;
            /**
             * Language
             * @default fr
             * @enum {string}
             */
            language?: "fr" | "en";
            /** Name */
            name?: string | null;
            /**
             * Time Zone
             * @default Europe/Paris
             */
            time_zone?: string;
        };
        /**
         * InviteIn
         * @description Invite the customer, or one person with portal access.
         */
        InviteIn: {
            /** Person Id */
            person_id?: string | null;
        };
        /**
         * InviteQueued
         * @description The invite requested: the portal issues the link, notifications emails it.
         */
        InviteQueued: {
            /** Email */
            email: string | null;
            /** Kind */
            kind: string;
            /** Person Id */
            person_id: string | null;
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
         * MergeIn
         * @description The customer to merge into this one.
         */
        MergeIn: {
            /**
             * Other Id
             * Format: uuid
             */
            other_id: string;
        };
        /**
         * OptionDeleted
         * @description How many records moved to `move_to`.
         */
        OptionDeleted: {
            /** Moved */
            moved: number;
        };
        /**
         * OptionIn
         * @description A stage, source or customer type.
         */
        OptionIn: {
            /** Name */
            name: string;
        };
        /**
         * Order
         * @description Every option of a kind, in the wanted order.
         */
        Order: {
            /** Ids */
            ids: string[];
        };
        /**
         * PersonIn
         * @description A new person on the account.
         */
        PersonIn: {
            /** Email */
            email?: string | null;
            /** First Name */
            first_name: string;
            /**
             * Is Primary
             * @default false
             */
            is_primary?: boolean;
            /** Last Name */
            last_name: string;
            /** Phone */
            phone?: string | null;
            /**
             * Portal Access
             * @default false
             */
            portal_access?: boolean;
            /** Preferences */
            preferences?: ("scheduling" | "car_updates" | "contracts" | "invoices" | "estimates" | "marketing")[];
            /**
             * Role
             * @default other
             * @enum {string}
             */
            role?: "spouse" | "assistant" | "bookkeeper" | "vehicle_manager" | "other";
            /** Role Description */
            role_description?: string | null;
        };
        /**
         * PersonOut
         * @description A person as staff see them.
         */
        PersonOut: {
            /**
             * Customer Id
             * Format: uuid
             */
            customer_id: string;
            /** Email */
            email?: string | null;
            /** First Name */
            first_name: string;
            /**
             * Id
             * Format: uuid
             */
            id: string;
            /**
             * Is Primary
             * @default false
             */
            is_primary?: boolean;
            /** Last Name */
            last_name: string;
            /** Phone */
            phone?: string | null;
            /**
             * Portal Access
             * @default false
             */
            portal_access?: boolean;
            /** Preferences */
            preferences?: ("scheduling" | "car_updates" | "contracts" | "invoices" | "estimates" | "marketing")[];
            /**
             * Role
             * @default other
             * @enum {string}
             */
            role?: "spouse" | "assistant" | "bookkeeper" | "vehicle_manager" | "other";
            /** Role Description */
            role_description?: string | null;
            /** Version */
            version: number;
        };
        /**
         * PersonPage
         * @description People on the account, primary first, one page.
         */
        PersonPage: {
            /** Items */
            items: components["schemas"]["PersonOut"][];
            /** Next Cursor */
            next_cursor?: string | null;
        };
        /**
         * PersonPatch
         * @description Changes to a person.
         */
        PersonPatch: {
            /** Email */
            email?: string | null;
            /** First Name */
            first_name?: string | null;
            /** Is Primary */
            is_primary?: boolean | null;
            /** Last Name */
            last_name?: string | null;
            /** Phone */
            phone?: string | null;
            /** Portal Access */
            portal_access?: boolean | null;
            /** Preferences */
            preferences?: ("scheduling" | "car_updates" | "contracts" | "invoices" | "estimates" | "marketing")[] | null;
            /** Role */
            role?: ("spouse" | "assistant" | "bookkeeper" | "vehicle_manager" | "other") | null;
            /** Role Description */
            role_description?: string | null;
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
         * Skipped
         * @description A selected customer the bulk action left alone, and why.
         */
        Skipped: {
            /** Id */
            id: string;
            /** Reason */
            reason: string;
        };
        /**
         * StatusIn
         * @description Lead or Inactive, for a customer without an active rental.
         */
        StatusIn: {
            /**
             * Status
             * @enum {string}
             */
            status: "lead" | "inactive";
        };
        /**
         * TabCounts
         * @description Customers per tab for the current search and filters (Customers: any rental, active or past; Leads: none).
         */
        TabCounts: {
            /** Active */
            active: number;
            /** All */
            all: number;
            /** Customers */
            customers: number;
            /** Inactive */
            inactive: number;
            /** Leads */
            leads: number;
        };
        /**
         * TimelineEntry
         * @description One thing that happened to a customer.
         */
        TimelineEntry: {
            /** Actor */
            actor: string | null;
            /** Data */
            data: {
                [key: string]: unknown;
            };
            /** Id */
            id: number;
            /** Kind */
            kind: string;
            /**
             * Occurred At
             * Format: date-time
             */
            occurred_at: string;
            /** Summary */
            summary: string;
        };
        /**
         * TimelinePage
         * @description The customer's timeline, newest first, one page.
         */
        TimelinePage: {
            /** Items */
            items: components["schemas"]["TimelineEntry"][];
            /** Next Cursor */
            next_cursor?: string | null;
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
    listAppointments: {
        parameters: {
            query: {
                /** @description Start of the range (inclusive). */
                from: string;
                /** @description End (exclusive); a day after from. */
                to?: string | null;
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
                    "application/json": components["schemas"]["AppointmentList"];
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
    createAppointment: {
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
                "application/json": components["schemas"]["AppointmentIn"];
            };
        };
        responses: {
            /** @description Successful Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Appointment"];
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
    updateAppointment: {
        parameters: {
            query?: never;
            header?: {
                "x-facility-id"?: string | null;
            };
            path: {
                appointment_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AppointmentPatch"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Appointment"];
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
    getBoard: {
        parameters: {
            query?: {
                per_stage?: number;
                /** @description any part of name, email, company or phone */
                q?: string;
                status?: ("lead" | "active" | "inactive")[] | null;
                stage_id?: string[] | null;
                customer_type_id?: string[] | null;
                source_id?: string[] | null;
                tag?: string[] | null;
                portal_access?: boolean | null;
                invited?: boolean | null;
                tab?: "all" | "leads" | "customers";
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
                    "application/json": components["schemas"]["Board"];
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
    moveBoardCard: {
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
                "application/json": components["schemas"]["BoardMove"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CustomerOut"];
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
    updateCar: {
        parameters: {
            query?: never;
            header?: {
                "x-facility-id"?: string | null;
            };
            path: {
                car_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CarPatch"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Car"];
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
    moveCar: {
        parameters: {
            query?: never;
            header?: {
                "x-facility-id"?: string | null;
            };
            path: {
                car_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CarMove"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Car"];
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
    listCustomers: {
        parameters: {
            query?: {
                sort?: "created_at" | "updated_at" | "last_name" | "first_name" | "email" | "company" | "status";
                order?: "asc" | "desc";
                limit?: number;
                cursor?: string | null;
                /** @description any part of name, email, company or phone */
                q?: string;
                status?: ("lead" | "active" | "inactive")[] | null;
                stage_id?: string[] | null;
                customer_type_id?: string[] | null;
                source_id?: string[] | null;
                tag?: string[] | null;
                portal_access?: boolean | null;
                invited?: boolean | null;
                tab?: "all" | "leads" | "customers";
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
                    "application/json": components["schemas"]["CustomerPage"];
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
    createCustomer: {
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
                "application/json": components["schemas"]["CustomerIn"];
            };
        };
        responses: {
            /** @description Successful Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CustomerOut"];
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
    bulkUpdateCustomers: {
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
                "application/json": components["schemas"]["BulkIn"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BulkResult"];
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
    countCustomers: {
        parameters: {
            query?: {
                /** @description any part of name, email, company or phone */
                q?: string;
                status?: ("lead" | "active" | "inactive")[] | null;
                stage_id?: string[] | null;
                customer_type_id?: string[] | null;
                source_id?: string[] | null;
                tag?: string[] | null;
                portal_access?: boolean | null;
                invited?: boolean | null;
                tab?: "all" | "leads" | "customers";
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
                    "application/json": components["schemas"]["TabCounts"];
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
    listDuplicateGroups: {
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
                    "application/json": components["schemas"]["DuplicateGroupPage"];
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
    exportCustomersCsv: {
        parameters: {
            query?: {
                /** @description any part of name, email, company or phone */
                q?: string;
                status?: ("lead" | "active" | "inactive")[] | null;
                stage_id?: string[] | null;
                customer_type_id?: string[] | null;
                source_id?: string[] | null;
                tag?: string[] | null;
                portal_access?: boolean | null;
                invited?: boolean | null;
                tab?: "all" | "leads" | "customers";
            };
            header?: {
                "x-facility-id"?: string | null;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Every matching customer, one per row */
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
    getCustomer: {
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
                    "application/json": components["schemas"]["CustomerOut"];
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
    deleteCustomer: {
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
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
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
    updateCustomer: {
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
        requestBody: {
            content: {
                "application/json": components["schemas"]["CustomerPatch"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CustomerOut"];
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
    anonymizeCustomer: {
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
                    "application/json": components["schemas"]["CustomerOut"];
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
    listCustomerAppointments: {
        parameters: {
            query: {
                /** @description Start of the range (inclusive). */
                from: string;
                /** @description End (exclusive). */
                to?: string | null;
            };
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
                    "application/json": components["schemas"]["AppointmentList"];
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
    listCars: {
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
                    "application/json": components["schemas"]["CarPage"];
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
    addCar: {
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
        requestBody: {
            content: {
                "application/json": components["schemas"]["CarIn"];
            };
        };
        responses: {
            /** @description Successful Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Car"];
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
    listDocuments: {
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
                    "application/json": components["schemas"]["DocumentPage"];
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
    uploadDocument: {
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
        requestBody: {
            content: {
                "multipart/form-data": components["schemas"]["Body_uploadDocument"];
            };
        };
        responses: {
            /** @description Successful Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Document"];
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
    removeDocument: {
        parameters: {
            query?: never;
            header?: {
                "x-facility-id"?: string | null;
            };
            path: {
                customer_id: string;
                document_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
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
    createDocumentLink: {
        parameters: {
            query?: never;
            header?: {
                "x-facility-id"?: string | null;
            };
            path: {
                customer_id: string;
                document_id: string;
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
                    "application/json": components["schemas"]["DownloadLink"];
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
    listDuplicatesOfCustomer: {
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
                    "application/json": components["schemas"]["DuplicatePage"];
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
    inviteCustomer: {
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
        requestBody: {
            content: {
                "application/json": components["schemas"]["InviteIn"];
            };
        };
        responses: {
            /** @description Successful Response */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InviteQueued"];
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
    markCustomerInactive: {
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
                    "application/json": components["schemas"]["CustomerOut"];
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
    mergeCustomers: {
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
        requestBody: {
            content: {
                "application/json": components["schemas"]["MergeIn"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CustomerOut"];
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
    listPeople: {
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
                    "application/json": components["schemas"]["PersonPage"];
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
    addPerson: {
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
        requestBody: {
            content: {
                "application/json": components["schemas"]["PersonIn"];
            };
        };
        responses: {
            /** @description Successful Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PersonOut"];
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
    removePerson: {
        parameters: {
            query?: never;
            header?: {
                "x-facility-id"?: string | null;
            };
            path: {
                customer_id: string;
                person_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
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
    updatePerson: {
        parameters: {
            query?: never;
            header?: {
                "x-facility-id"?: string | null;
            };
            path: {
                customer_id: string;
                person_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PersonPatch"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PersonOut"];
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
    restoreCustomer: {
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
                    "application/json": components["schemas"]["CustomerOut"];
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
    setCustomerStatus: {
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
        requestBody: {
            content: {
                "application/json": components["schemas"]["StatusIn"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CustomerOut"];
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
    getCustomerTimeline: {
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
                    "application/json": components["schemas"]["TimelinePage"];
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
    logCustomerContact: {
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
        requestBody: {
            content: {
                "application/json": components["schemas"]["ContactIn"];
            };
        };
        responses: {
            /** @description Successful Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TimelineEntry"];
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
    downloadDocument: {
        parameters: {
            query: {
                expires: number;
                signature: string;
            };
            header?: never;
            path: {
                document_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The file */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/octet-stream": string;
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
    listFacilities: {
        parameters: {
            query?: {
                /** @description items per page */
                limit?: number;
                /** @description `next_cursor` of the previous page */
                cursor?: string | null;
            };
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
                    "application/json": components["schemas"]["FacilityPage"];
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
    getContactsLiveness: {
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
    getContactsReadiness: {
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
    listCrmOptions: {
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
                    "application/json": components["schemas"]["CrmOptions"];
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
    createCrmOption: {
        parameters: {
            query?: never;
            header?: {
                "x-facility-id"?: string | null;
            };
            path: {
                kind: "stages" | "sources" | "customer_types";
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["OptionIn"];
            };
        };
        responses: {
            /** @description Successful Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CrmOption"];
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
    reorderCrmOptions: {
        parameters: {
            query?: never;
            header?: {
                "x-facility-id"?: string | null;
            };
            path: {
                kind: "stages" | "sources" | "customer_types";
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["Order"];
            };
        };
        responses: {
            /** @description Successful Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
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
    deleteCrmOption: {
        parameters: {
            query?: {
                move_to?: string | null;
            };
            header?: {
                "x-facility-id"?: string | null;
            };
            path: {
                kind: "stages" | "sources" | "customer_types";
                option_id: string;
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
                    "application/json": components["schemas"]["OptionDeleted"];
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
    renameCrmOption: {
        parameters: {
            query?: never;
            header?: {
                "x-facility-id"?: string | null;
            };
            path: {
                kind: "stages" | "sources" | "customer_types";
                option_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["OptionIn"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CrmOption"];
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
    getContactsFacilitySettings: {
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
                    "application/json": components["schemas"]["FacilitySettings"];
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
    putContactsFacilitySettings: {
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
                "application/json": components["schemas"]["FacilitySettings"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FacilitySettings"];
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
}
