// Generated from docs/openapi/portal.json by `npm run generate` in web/: do not edit.

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
        get: operations["getPortalLiveness"];
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
        get: operations["getPortalReadiness"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Me
         * @description Everything the customer (or person) sees, limited to the sections the facility turned on.
         */
        get: operations["getMyView"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/me/cars/{car_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * My Car
         * @description One of the customer's cars and its upcoming appointments; 404 when not theirs or Cars is not shown.
         */
        get: operations["getMyCar"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/me/email": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Change Email
         * @description Email a confirmation link to the new address; the sign-in email changes when it is used.
         */
        post: operations["changeMyEmail"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/me/invoices/{invoice_id}/pay": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Pay Invoice
         * @description Pay an open invoice with the saved card: billing charges it, and the invoice shows paid once it has.
         */
        post: operations["payMyInvoice"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/me/onboarding/{step}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Complete Step
         * @description Tick off an onboarding step the customer does in the portal; answers which step is next.
         */
        post: operations["completeOnboardingStep"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/me/orders": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Place Order
         * @description Order a product; it shows under My orders as requested, then invoiced (or paid) once billing has it.
         */
        post: operations["placeMyOrder"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/me/payment-methods": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Add Card
         * @description Send the card's token to billing; poll the request until it is saved or declined.
         */
        post: operations["addMyPaymentMethod"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/me/payment-methods/requests/{request_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Card Request
         * @description Whether billing saved the card yet, or why it declined it.
         */
        get: operations["getMyPaymentMethodRequest"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/me/pickup-requests": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Request Pickup
         * @description Ask the facility for a pick-up; it shows under Events as requested, then confirmed once staff confirm it.
         */
        post: operations["requestMyPickup"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/me/profile": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * My Profile
         * @description Just the profile.
         */
        get: operations["getMyProfile"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Edit Profile
         * @description Send the edit to contacts (PortalProfileChanged); the profile shows it once contacts applies it.
         */
        patch: operations["editMyProfile"];
        trace?: never;
    };
    "/me/shop": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * My Shop
         * @description The Shop alone (the same as /me's `shop`); 404 when the facility does not show it.
         */
        get: operations["getMyShop"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/portal/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Home
         * @description The landing page after sign-in; without a session, the form asking for a link.
         */
        get: operations["showPortalHome"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/portal/confirm-email/{token}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Confirm Email Page
         * @description A button confirming the new address (a GET confirms nothing).
         */
        get: operations["showConfirmEmailPage"];
        put?: never;
        /**
         * Confirm Email
         * @description Use the confirmation link.
         */
        post: operations["confirmEmail"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/portal/request-link": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Request Link Form
         * @description The form on the bad-link page; the same page whether or not the address has an account.
         */
        post: operations["requestSignInLinkFromPage"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/portal/signin/{token}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Signin Page
         * @description The sign-in button, or, for a used or expired link, a form asking for a new one.
         */
        get: operations["showSignInPage"];
        put?: never;
        /**
         * Signin
         * @description Consume the link once, open a session (a new id, replacing any presented) and go to the portal.
         */
        post: operations["signInWithLink"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/portal/signout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Signout
         * @description Sign out from the page, then back to the landing page.
         */
        post: operations["signOutFromPage"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/signin/request-link": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Request Link
         * @description A 60-minute link to the address if it has an account; the same answer either way; rate-limited.
         */
        post: operations["requestSignInLink"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/signout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Signout
         * @description End the session and clear the cookie.
         */
        post: operations["signOut"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/staff/preview/customers/{customer_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Preview
         * @description Exactly the /me view this customer (or this person of theirs) gets after signing in.
         */
        get: operations["previewCustomerPortal"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/staff/settings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get Settings
         * @description The active facility's portal settings.
         */
        get: operations["getPortalSettings"];
        /**
         * Put Settings
         * @description Replace the active facility's portal settings (owner or manager).
         */
        put: operations["putPortalSettings"];
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
         * Accepted
         * @description The request was taken; `detail` says what happens next.
         */
        Accepted: {
            /** Detail */
            detail: string;
            /** Status */
            status: string;
        };
        /**
         * AccountSettings
         * @description The account's sign-in email and language.
         */
        AccountSettings: {
            /** Email */
            email: string | null;
            /** Language */
            language: string | null;
        };
        /**
         * CarDetail
         * @description One car of the customer and what is scheduled for it.
         */
        CarDetail: {
            /** Appointments */
            appointments: components["schemas"]["PortalAppointment"][];
            /**
             * Car Id
             * Format: uuid
             */
            car_id: string;
            /** Colour */
            colour: string | null;
            /** Make */
            make: string;
            /** Model */
            model: string;
            /** Plate */
            plate: string | null;
            /** Vin */
            vin: string | null;
            /** Year */
            year: number | null;
        };
        /**
         * CardRequest
         * @description A submitted card: pending until billing answers, then saved, or declined with the provider's reason.
         */
        CardRequest: {
            /** Reason */
            reason?: string | null;
            /**
             * Request Id
             * Format: uuid
             */
            request_id: string;
            /**
             * Status
             * @enum {string}
             */
            status: "pending" | "saved" | "declined";
        };
        /**
         * CardSubmitted
         * @description The card's token went to billing; poll the request for the outcome.
         */
        CardSubmitted: {
            /**
             * Request Id
             * Format: uuid
             */
            request_id: string;
            /**
             * Status
             * @constant
             */
            status: "pending";
        };
        /**
         * EmailChange
         * @description A new sign-in email, effective once confirmed from that mailbox.
         */
        EmailChange: {
            /** Email */
            email: string;
        };
        /**
         * EmailChangeSent
         * @description A confirmation link went to the new address.
         */
        EmailChangeSent: {
            /** Status */
            status: string;
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
         * LinkRequest
         * @description Ask for a sign-in link.
         */
        LinkRequest: {
            /** Email */
            email: string;
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
         * MyProfile
         * @description The profile, the sign-in email and the language.
         */
        MyProfile: {
            /** Email */
            email: string | null;
            /** Language */
            language: string | null;
            profile: components["schemas"]["Profile"] | null;
        };
        /**
         * NewCard
         * @description The provider's token for the card the browser tokenized, with what the customer sees of it.
         */
        NewCard: {
            /** Brand */
            brand?: string | null;
            /** Exp Month */
            exp_month: number;
            /** Exp Year */
            exp_year: number;
            /** Last4 */
            last4?: string | null;
            /** Token */
            token: string;
        };
        /**
         * Onboarding
         * @description The facility's onboarding steps in order, and the next one to do.
         */
        Onboarding: {
            /** Next Step */
            next_step: string | null;
            /** Steps */
            steps: components["schemas"]["OnboardingStep"][];
        };
        /**
         * OnboardingStep
         * @description A step and whether it is done.
         */
        OnboardingStep: {
            /** Done */
            done: boolean;
            /** Step */
            step: string;
        };
        /**
         * OrderPlaced
         * @description The order went to the facility; it shows as requested until billing invoices it.
         */
        OrderPlaced: {
            /**
             * Order Id
             * Format: uuid
             */
            order_id: string;
            /**
             * Status
             * @constant
             */
            status: "accepted";
        };
        /**
         * OrderRequest
         * @description A product of the Shop, how many, and whether to pay at once with the saved card.
         */
        OrderRequest: {
            /**
             * Pay Now
             * @default false
             */
            pay_now?: boolean;
            /**
             * Product Id
             * Format: uuid
             */
            product_id: string;
            /**
             * Quantity
             * @default 1
             */
            quantity?: number;
        };
        /**
         * PickupRequest
         * @description When the customer would like to collect their car, which car, and a note for the team.
         */
        PickupRequest: {
            /** Car Id */
            car_id?: string | null;
            /** Notes */
            notes?: string | null;
            /**
             * Wanted At
             * Format: date-time
             */
            wanted_at: string;
        };
        /**
         * PickupRequested
         * @description The request went to the facility; it shows under Events as requested until staff confirm it.
         */
        PickupRequested: {
            /**
             * Request Id
             * Format: uuid
             */
            request_id: string;
            /**
             * Status
             * @constant
             */
            status: "accepted";
        };
        /**
         * PortalAppointment
         * @description An upcoming appointment, or a facility event (kind `event`, open to every customer).
         */
        PortalAppointment: {
            /**
             * Appointment Id
             * Format: uuid
             */
            appointment_id: string;
            /** Car Id */
            car_id: string | null;
            /** Ends At */
            ends_at: string | null;
            /**
             * Kind
             * @default other
             * @enum {string}
             */
            kind?: "service" | "pickup" | "dropoff" | "event" | "other";
            /** Notes */
            notes?: string | null;
            /**
             * Starts At
             * Format: date-time
             */
            starts_at: string;
            /**
             * State
             * @default scheduled
             * @enum {string}
             */
            state?: "requested" | "scheduled" | "confirmed" | "done" | "cancelled";
            /** Status */
            status: string;
            /** Title */
            title: string;
        };
        /**
         * PortalBalance
         * @description What the customer owes (negative: credit).
         */
        PortalBalance: {
            /** Amount Minor */
            amount_minor: number;
            /** Currency */
            currency: string;
            /** Open Invoices */
            open_invoices: number;
        };
        /**
         * PortalBilling
         * @description Balance, open and paid invoices, saved cards.
         */
        PortalBilling: {
            balance: components["schemas"]["PortalBalance"] | null;
            /**
             * Card Entry
             * @default local
             * @enum {string}
             */
            card_entry?: "local" | "stripe";
            /** Open Invoices */
            open_invoices: {
                [key: string]: unknown;
            }[];
            /** Paid Invoices */
            paid_invoices: {
                [key: string]: unknown;
            }[];
            /** Payment Methods */
            payment_methods: {
                [key: string]: unknown;
            }[];
        };
        /**
         * PortalDocument
         * @description A document with a signed download URL valid until `expires` (unix time).
         */
        PortalDocument: {
            /** Content Type */
            content_type: string;
            /**
             * Document Id
             * Format: uuid
             */
            document_id: string;
            /** Download Url */
            download_url: string;
            /** Expires */
            expires: number;
            /** Filename */
            filename: string;
            /** Size */
            size: number;
        };
        /**
         * PortalSettings
         * @description Which sections are on, and the onboarding steps in the order the customer does them.
         */
        PortalSettings: {
            /** Onboarding Steps */
            onboarding_steps?: ("confirm_profile" | "sign_contract" | "add_payment_method" | "accept_policies")[];
            /** Sections */
            sections: ("events" | "cars" | "shop" | "billing" | "documents" | "settings")[];
        };
        /**
         * PortalSettingsOut
         * @description Which sections are on, the onboarding steps in order, and who changed them last.
         */
        PortalSettingsOut: {
            /** Onboarding Steps */
            onboarding_steps: string[];
            /** Sections */
            sections: string[];
            /** Updated At */
            updated_at: string | null;
            /** Updated By */
            updated_by: string | null;
        };
        /**
         * PortalShop
         * @description The Shop: active products and services, the customer's orders, and whether a saved card can pay at once.
         */
        PortalShop: {
            /** Can Pay Now */
            can_pay_now: boolean;
            /** Orders */
            orders: components["schemas"]["ShopOrder"][];
            /** Products */
            products: components["schemas"]["ShopProduct"][];
        };
        /**
         * PortalView
         * @description Everything the customer (or person) sees; a section is absent when the facility turned it off.
         */
        PortalView: {
            billing?: components["schemas"]["PortalBilling"] | null;
            /** Cars */
            cars?: {
                [key: string]: unknown;
            }[] | null;
            /**
             * Customer Id
             * Format: uuid
             */
            customer_id: string;
            /** Documents */
            documents?: components["schemas"]["PortalDocument"][] | null;
            /** Events */
            events?: components["schemas"]["PortalAppointment"][] | null;
            onboarding: components["schemas"]["Onboarding"];
            /** Person Id */
            person_id: string | null;
            profile: components["schemas"]["Profile"] | null;
            /** Sections */
            sections: string[];
            settings?: components["schemas"]["AccountSettings"] | null;
            shop?: components["schemas"]["PortalShop"] | null;
        };
        /**
         * Profile
         * @description The customer's (or person's) profile as contacts last published it.
         */
        Profile: {
            /** Company */
            company?: string | null;
            /** Email */
            email?: string | null;
            /** First Name */
            first_name?: string | null;
            /** Language */
            language?: string | null;
            /** Last Name */
            last_name?: string | null;
            /** Marketing Opt Out */
            marketing_opt_out?: boolean | null;
            /** Phone */
            phone?: string | null;
            /** Role */
            role?: string | null;
        };
        /**
         * ProfileEdit
         * @description What a customer may change themselves (the email goes through /me/email).
         */
        ProfileEdit: {
            /** First Name */
            first_name?: string | null;
            /** Language */
            language?: ("fr" | "en") | null;
            /** Last Name */
            last_name?: string | null;
            /** Marketing Opt Out */
            marketing_opt_out?: boolean | null;
            /** Phone */
            phone?: string | null;
        };
        /**
         * ProfileEditAccepted
         * @description The edit was sent to contacts; the profile shows it once contacts applies it.
         */
        ProfileEditAccepted: {
            /** Changes */
            changes: {
                [key: string]: string | boolean;
            };
            /** Status */
            status: string;
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
         * ShopOrder
         * @description One of the customer's orders and its state (refused: billing did not accept it, `reason` says why).
         */
        ShopOrder: {
            /** Currency */
            currency: string | null;
            /** Invoice Id */
            invoice_id: string | null;
            /**
             * Order Id
             * Format: uuid
             */
            order_id: string;
            /** Pay Now */
            pay_now: boolean;
            /**
             * Placed At
             * Format: date-time
             */
            placed_at: string;
            /**
             * Product Id
             * Format: uuid
             */
            product_id: string;
            /** Product Name */
            product_name: string | null;
            /** Quantity */
            quantity: number;
            /** Reason */
            reason: string | null;
            /**
             * State
             * @enum {string}
             */
            state: "requested" | "invoiced" | "paid" | "fulfilled" | "cancelled" | "refused";
            /** Total Minor */
            total_minor: number | null;
        };
        /**
         * ShopProduct
         * @description A product or service the customer can order (price before tax, in minor units).
         */
        ShopProduct: {
            /** Currency */
            currency: string;
            /** Description */
            description: string;
            /**
             * Kind
             * @enum {string}
             */
            kind: "product" | "service";
            /** Name */
            name: string;
            /** Price Minor */
            price_minor: number;
            /**
             * Product Id
             * Format: uuid
             */
            product_id: string;
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
    getPortalLiveness: {
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
    getPortalReadiness: {
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
    getMyView: {
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
                    "application/json": components["schemas"]["PortalView"];
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
    getMyCar: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                car_id: string;
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
                    "application/json": components["schemas"]["CarDetail"];
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
    changeMyEmail: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EmailChange"];
            };
        };
        responses: {
            /** @description Successful Response */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EmailChangeSent"];
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
    payMyInvoice: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                invoice_id: string;
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
                    "application/json": components["schemas"]["Accepted"];
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
    completeOnboardingStep: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                step: string;
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
                    "application/json": components["schemas"]["Onboarding"];
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
    placeMyOrder: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["OrderRequest"];
            };
        };
        responses: {
            /** @description Successful Response */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrderPlaced"];
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
    addMyPaymentMethod: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["NewCard"];
            };
        };
        responses: {
            /** @description Successful Response */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CardSubmitted"];
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
            /** @description Too many requests; retry after the Retry-After header */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    getMyPaymentMethodRequest: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                request_id: string;
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
                    "application/json": components["schemas"]["CardRequest"];
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
    requestMyPickup: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PickupRequest"];
            };
        };
        responses: {
            /** @description Successful Response */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PickupRequested"];
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
    getMyProfile: {
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
                    "application/json": components["schemas"]["MyProfile"];
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
    editMyProfile: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ProfileEdit"];
            };
        };
        responses: {
            /** @description Successful Response */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProfileEditAccepted"];
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
    getMyShop: {
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
                    "application/json": components["schemas"]["PortalShop"];
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
            /** @description Not found in the active facility */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    showPortalHome: {
        parameters: {
            query?: never;
            header?: {
                "accept-language"?: string | null;
            };
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
    showConfirmEmailPage: {
        parameters: {
            query?: never;
            header?: {
                "accept-language"?: string | null;
            };
            path: {
                token: string;
            };
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
    confirmEmail: {
        parameters: {
            query?: never;
            header?: {
                "accept-language"?: string | null;
            };
            path: {
                token: string;
            };
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
    requestSignInLinkFromPage: {
        parameters: {
            query?: never;
            header?: {
                "accept-language"?: string | null;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /** @example email=marie.dupont%40example.com&lang=fr */
                "application/x-www-form-urlencoded": string;
            };
        };
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
    showSignInPage: {
        parameters: {
            query?: never;
            header?: {
                "accept-language"?: string | null;
            };
            path: {
                token: string;
            };
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
    signInWithLink: {
        parameters: {
            query?: never;
            header?: {
                "accept-language"?: string | null;
            };
            path: {
                token: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page saying what went wrong */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/html": string;
                };
            };
            /** @description Done: on to the portal */
            303: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
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
    signOutFromPage: {
        parameters: {
            query?: never;
            header?: {
                "accept-language"?: string | null;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page saying what went wrong */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/html": string;
                };
            };
            /** @description Done: on to the portal */
            303: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
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
    requestSignInLink: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LinkRequest"];
            };
        };
        responses: {
            /** @description Successful Response */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Accepted"];
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
            /** @description Too many requests; retry after the Retry-After header */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    signOut: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
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
        };
    };
    previewCustomerPortal: {
        parameters: {
            query?: {
                person_id?: string | null;
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
                    "application/json": components["schemas"]["PortalView"];
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
    getPortalSettings: {
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
                    "application/json": components["schemas"]["PortalSettingsOut"];
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
    putPortalSettings: {
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
                "application/json": components["schemas"]["PortalSettings"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PortalSettingsOut"];
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
