// Generated from docs/openapi/billing.json by `npm run generate` in web/: do not edit.

export interface paths {
    "/customers/{customer_id}/autopay": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Autopay State
         * @description Whether the default card is charged when an invoice is issued.
         */
        get: operations["getAutopay"];
        /**
         * Autopay
         * @description Charge the default card whenever an invoice is issued.
         */
        put: operations["setAutopay"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/customers/{customer_id}/balance": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Balance
         * @description What the customer owes (negative: credit).
         */
        get: operations["getBalance"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/customers/{customer_id}/payment-methods": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Methods
         * @description Saved cards.
         */
        get: operations["listPaymentMethods"];
        put?: never;
        /**
         * Attach
         * @description Save the card of a completed setup (brand, last four and expiry only).
         */
        post: operations["attachPaymentMethod"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/customers/{customer_id}/payment-methods/setup": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Setup
         * @description Start saving a card; the front end confirms the setup with the provider (Stripe.js).
         */
        post: operations["startCardSetup"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/customers/{customer_id}/payment-methods/{method_id}": {
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
         * @description Forget a card.
         */
        delete: operations["removePaymentMethod"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/customers/{customer_id}/payment-methods/{method_id}/default": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Default
         * @description Make this card the default.
         */
        post: operations["setDefaultPaymentMethod"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/customers/{customer_id}/payments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Payment History
         * @description Every payment of the customer.
         */
        get: operations["listPayments"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/customers/{customer_id}/statement": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Statement
         * @description Invoices, payments and refunds with a running balance.
         */
        get: operations["getStatement"];
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
        get: operations["getBillingLiveness"];
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
        get: operations["getBillingReadiness"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/invoices": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List Invoices
         * @description Invoices, newest first.
         */
        get: operations["listInvoices"];
        put?: never;
        /**
         * Create Invoice
         * @description A one-off invoice for charges and fees, with the facility's tax.
         */
        post: operations["createInvoice"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/invoices/{invoice_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get Invoice
         * @description One invoice with its lines.
         */
        get: operations["getInvoice"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/invoices/{invoice_id}/finalize": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Finalize
         * @description Issue a draft: it gets its number and is sent.
         */
        post: operations["finalizeInvoice"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/invoices/{invoice_id}/mark-uncollectible": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Uncollectible
         * @description Stop collecting an open invoice (it still blocks deletion).
         */
        post: operations["markInvoiceUncollectible"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/invoices/{invoice_id}/void": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Void
         * @description Cancel an unpaid invoice.
         */
        post: operations["voidInvoice"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/orders": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List Orders
         * @description Orders from the portal's Shop, newest first.
         */
        get: operations["listOrders"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/orders/{order_id}/cancel": {
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
         * @description Cancel an order not yet paid; its invoice is voided.
         */
        post: operations["cancelOrder"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/orders/{order_id}/fulfil": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Fulfil
         * @description The order was handed over or done (invoiced or paid orders).
         */
        post: operations["fulfilOrder"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/payments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Record Payment
         * @description Cash, cheque or transfer; applied to the invoice given, else to the oldest unpaid ones.
         */
        post: operations["recordPayment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/payments/card": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Charge Card
         * @description Charge what is due on an invoice to the customer's default card.
         */
        post: operations["chargeCard"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/payments/{payment_id}/refunds": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Refund
         * @description Give back part or all of a payment.
         */
        post: operations["refundPayment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/products": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List Products
         * @description The facility's products and services by name.
         */
        get: operations["listProducts"];
        put?: never;
        /**
         * Create Product
         * @description A product or service customers can order in the portal's Shop (price before tax).
         */
        post: operations["createProduct"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/products/{product_id}": {
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
         * Update Product
         * @description Change a product; `active: false` takes it out of the Shop (orders already placed stay).
         */
        patch: operations["updateProduct"];
        trace?: never;
    };
    "/rentals": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List Rentals
         * @description The facility's rentals.
         */
        get: operations["listRentals"];
        put?: never;
        /**
         * Start Rental
         * @description Rent a space to a customer; active today makes the customer Active in contacts.
         */
        post: operations["createRental"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/rentals/{rental_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get Rental
         * @description One rental.
         */
        get: operations["getRental"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/rentals/{rental_id}/end": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * End Rental
         * @description End now, or on a later date (notice).
         */
        post: operations["endRental"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/runs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Run Day
         * @description Run this facility's billing day now (owner only): rental dates, invoices, overdue, autopay.
         *
         *     The day is today in the facility's time zone (`time_zone` of /settings); `on`, if sent, must be that
         *     day. Other days, and every facility at once, are the operators' `billing run-day --on DATE`.
         */
        post: operations["runBillingDay"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/settings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get Settings
         * @description The facility's currency, tax rate (basis points), payment terms and time zone.
         */
        get: operations["getBillingSettings"];
        /**
         * Put Settings
         * @description Change them; the currency is fixed once the facility has invoiced.
         */
        put: operations["putBillingSettings"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/settings/provider": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Provider State
         * @description Which payment provider saves and charges cards, and whether it is set up (no call to the provider).
         */
        get: operations["getPaymentProvider"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/webhooks/stripe": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Stripe Webhook
         * @description Provider events, verified with the configured secret; a repeated event changes nothing.
         */
        post: operations["receiveStripeEvent"];
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
         * Autopay
         * @description Whether the default card is charged when an invoice is issued.
         */
        Autopay: {
            /** Autopay */
            autopay: boolean;
            /**
             * Customer Id
             * Format: uuid
             */
            customer_id: string;
        };
        /**
         * AutopayIn
         * @description Autopay on or off.
         */
        AutopayIn: {
            /** Enabled */
            enabled: boolean;
        };
        /**
         * Balance
         * @description What the customer owes now (negative: credit) and how many invoices are open.
         */
        Balance: {
            /** Balance Minor */
            balance_minor: number;
            /** Currency */
            currency: string;
            /**
             * Customer Id
             * Format: uuid
             */
            customer_id: string;
            /** Open Invoices */
            open_invoices: number;
        };
        /**
         * BillingSettings
         * @description The facility's currency, tax rate (basis points), payment terms and time zone (the billing day's).
         */
        BillingSettings: {
            /** Currency */
            currency: string;
            /** Payment Terms Days */
            payment_terms_days: number;
            /** Tax Rate Bp */
            tax_rate_bp: number;
            /** Time Zone */
            time_zone: string;
        };
        /**
         * CardChargeIn
         * @description Charge the default card for what is due on an invoice.
         */
        CardChargeIn: {
            /**
             * Invoice Id
             * Format: uuid
             */
            invoice_id: string;
        };
        /**
         * CardSetup
         * @description A card setup the front end completes with the provider.
         */
        CardSetup: {
            /** Client Secret */
            client_secret: string | null;
            /** Provider */
            provider: string;
            /** Setup Id */
            setup_id: string;
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
         * Invoice
         * @description An invoice with its lines and what is still due.
         */
        Invoice: {
            /** Amount Due Minor */
            amount_due_minor: number;
            /** Amount Paid Minor */
            amount_paid_minor: number;
            /** Autopay State */
            autopay_state?: string | null;
            /**
             * Created At
             * Format: date-time
             */
            created_at: string;
            /** Currency */
            currency: string;
            /**
             * Customer Id
             * Format: uuid
             */
            customer_id: string;
            /** Due On */
            due_on?: string | null;
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
            /** Issued On */
            issued_on?: string | null;
            /** Lines */
            lines: components["schemas"]["InvoiceLine"][];
            /** Number */
            number?: string | null;
            /** Overdue At */
            overdue_at?: string | null;
            /** Period End */
            period_end?: string | null;
            /** Period Start */
            period_start?: string | null;
            /** Rental Id */
            rental_id?: string | null;
            /** Revision */
            revision: number;
            /** Status */
            status: string;
            /** Subtotal Minor */
            subtotal_minor: number;
            /** Tax Minor */
            tax_minor: number;
            /** Tax Rate Bp */
            tax_rate_bp: number;
            /** Total Minor */
            total_minor: number;
        };
        /**
         * InvoiceIn
         * @description A one-off invoice.
         */
        InvoiceIn: {
            /**
             * Customer Id
             * Format: uuid
             */
            customer_id: string;
            /**
             * Draft
             * @default false
             */
            draft?: boolean;
            /** Due On */
            due_on?: string | null;
            /** Lines */
            lines: components["schemas"]["LineIn"][];
        };
        /**
         * InvoiceLine
         * @description One charge or fee of an invoice.
         */
        InvoiceLine: {
            /** Amount Minor */
            amount_minor: number;
            /** Description */
            description: string;
            /** Quantity */
            quantity: number;
            /** Unit Amount Minor */
            unit_amount_minor: number;
        };
        /**
         * InvoicePage
         * @description Invoices, newest first, one page.
         */
        InvoicePage: {
            /** Items */
            items: components["schemas"]["InvoiceSummary"][];
            /** Next Cursor */
            next_cursor?: string | null;
        };
        /**
         * InvoiceSummary
         * @description An invoice without its lines.
         */
        InvoiceSummary: {
            /** Amount Due Minor */
            amount_due_minor: number;
            /** Amount Paid Minor */
            amount_paid_minor: number;
            /** Autopay State */
            autopay_state?: string | null;
            /**
             * Created At
             * Format: date-time
             */
            created_at: string;
            /** Currency */
            currency: string;
            /**
             * Customer Id
             * Format: uuid
             */
            customer_id: string;
            /** Customer Name */
            customer_name?: string | null;
            /** Due On */
            due_on?: string | null;
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
            /** Issued On */
            issued_on?: string | null;
            /** Number */
            number?: string | null;
            /** Overdue At */
            overdue_at?: string | null;
            /** Period End */
            period_end?: string | null;
            /** Period Start */
            period_start?: string | null;
            /** Rental Id */
            rental_id?: string | null;
            /** Revision */
            revision: number;
            /** Status */
            status: string;
            /** Subtotal Minor */
            subtotal_minor: number;
            /** Tax Minor */
            tax_minor: number;
            /** Tax Rate Bp */
            tax_rate_bp: number;
            /** Total Minor */
            total_minor: number;
        };
        /**
         * LineIn
         * @description One charge or fee.
         */
        LineIn: {
            /** Description */
            description: string;
            /**
             * Quantity
             * @default 1
             */
            quantity?: number;
            /** Unit Amount Minor */
            unit_amount_minor: number;
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
         * MethodIn
         * @description A completed card setup to save.
         */
        MethodIn: {
            /**
             * Make Default
             * @default false
             */
            make_default?: boolean;
            /** Setup Id */
            setup_id: string;
            test_card?: components["schemas"]["TestCard"] | null;
        };
        /**
         * Order
         * @description A customer's shop order and its state (requested, invoiced, paid, fulfilled, cancelled).
         */
        Order: {
            /**
             * Created At
             * Format: date-time
             */
            created_at: string;
            /** Currency */
            currency: string;
            /**
             * Customer Id
             * Format: uuid
             */
            customer_id: string;
            /**
             * Customer Name
             * @description lists only
             */
            customer_name?: string | null;
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
            /** Invoice Id */
            invoice_id?: string | null;
            /** Pay Now */
            pay_now: boolean;
            /**
             * Product Id
             * Format: uuid
             */
            product_id: string;
            /** Product Name */
            product_name: string;
            /** Quantity */
            quantity: number;
            /** State */
            state: string;
            /** Total Minor */
            total_minor: number;
            /** Unit Price Minor */
            unit_price_minor: number;
            /**
             * Updated At
             * Format: date-time
             */
            updated_at: string;
            /** Version */
            version: number;
        };
        /**
         * OrderPage
         * @description Orders, newest first, one page.
         */
        OrderPage: {
            /** Items */
            items: components["schemas"]["Order"][];
            /** Next Cursor */
            next_cursor?: string | null;
        };
        /**
         * Payment
         * @description A payment received (cash, cheque, transfer or card).
         */
        Payment: {
            /** Amount Minor */
            amount_minor: number;
            /** Applied Minor */
            applied_minor: number;
            /**
             * Created At
             * Format: date-time
             */
            created_at: string;
            /** Currency */
            currency: string;
            /**
             * Customer Id
             * Format: uuid
             */
            customer_id: string;
            /**
             * Facility Id
             * Format: uuid
             */
            facility_id: string;
            /** Failure Reason */
            failure_reason?: string | null;
            /**
             * Id
             * Format: uuid
             */
            id: string;
            /** Invoice Id */
            invoice_id?: string | null;
            /** Method */
            method: string;
            /** Provider Ref */
            provider_ref?: string | null;
            /**
             * Received On
             * Format: date
             */
            received_on: string;
            /** Recorded By */
            recorded_by: string;
            /** Reference */
            reference?: string | null;
            /** Refunded Minor */
            refunded_minor: number;
            /** Status */
            status: string;
        };
        /**
         * PaymentIn
         * @description A payment received by staff.
         */
        PaymentIn: {
            /** Amount Minor */
            amount_minor: number;
            /**
             * Customer Id
             * Format: uuid
             */
            customer_id: string;
            /** Invoice Id */
            invoice_id?: string | null;
            /**
             * Method
             * @enum {string}
             */
            method: "cash" | "cheque" | "transfer";
            /** Received On */
            received_on?: string | null;
            /** Reference */
            reference?: string | null;
        };
        /**
         * PaymentMethod
         * @description A saved card (brand, last four, expiry).
         */
        PaymentMethod: {
            /** Brand */
            brand: string;
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
            /** Exp Month */
            exp_month: number;
            /** Exp Year */
            exp_year: number;
            /**
             * Id
             * Format: uuid
             */
            id: string;
            /** Is Default */
            is_default: boolean;
            /** Last4 */
            last4: string;
            /** Provider */
            provider: string;
        };
        /**
         * PaymentMethodPage
         * @description Saved cards, oldest first, one page.
         */
        PaymentMethodPage: {
            /** Items */
            items: components["schemas"]["PaymentMethod"][];
            /** Next Cursor */
            next_cursor?: string | null;
        };
        /**
         * PaymentPage
         * @description Payments, newest first, one page.
         */
        PaymentPage: {
            /** Items */
            items: components["schemas"]["Payment"][];
            /** Next Cursor */
            next_cursor?: string | null;
        };
        /**
         * Product
         * @description A product or service of the facility's shop (price before tax).
         */
        Product: {
            /** Active */
            active: boolean;
            /**
             * Created At
             * Format: date-time
             */
            created_at: string;
            /** Currency */
            currency: string;
            /** Description */
            description: string;
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
            /** Kind */
            kind: string;
            /** Name */
            name: string;
            /** Price Minor */
            price_minor: number;
            /**
             * Updated At
             * Format: date-time
             */
            updated_at: string;
            /** Version */
            version: number;
        };
        /**
         * ProductIn
         * @description A product or service of the shop; the price is in minor units of the facility's currency, before tax.
         */
        ProductIn: {
            /**
             * Active
             * @default true
             */
            active?: boolean;
            /**
             * Description
             * @default
             */
            description?: string;
            /**
             * Kind
             * @default product
             * @enum {string}
             */
            kind?: "product" | "service";
            /** Name */
            name: string;
            /** Price Minor */
            price_minor: number;
        };
        /**
         * ProductPage
         * @description Products by name, one page.
         */
        ProductPage: {
            /** Items */
            items: components["schemas"]["Product"][];
            /** Next Cursor */
            next_cursor?: string | null;
        };
        /**
         * ProductPatch
         * @description The fields to change (active=false takes it out of the shop); `version`, if sent, must be the stored one.
         */
        ProductPatch: {
            /** Active */
            active?: boolean | null;
            /** Description */
            description?: string | null;
            /** Kind */
            kind?: ("product" | "service") | null;
            /** Name */
            name?: string | null;
            /** Price Minor */
            price_minor?: number | null;
            /** Version */
            version?: number | null;
        };
        /**
         * ProviderState
         * @description The payment provider in use: `local` (test cards, no network) or `stripe`, and whether it is set up.
         */
        ProviderState: {
            /** Connected */
            connected: boolean;
            /**
             * Mode
             * @description test or live
             */
            mode: string;
            /** Provider */
            provider: string;
            /**
             * Webhooks
             * @description provider events are verified and applied
             */
            webhooks: boolean;
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
         * Refund
         * @description Part or all of a payment given back.
         */
        Refund: {
            /** Amount Minor */
            amount_minor: number;
            /**
             * Created At
             * Format: date-time
             */
            created_at: string;
            /**
             * Id
             * Format: uuid
             */
            id: string;
            /**
             * Payment Id
             * Format: uuid
             */
            payment_id: string;
            /** Provider Ref */
            provider_ref?: string | null;
            /** Reason */
            reason?: string | null;
        };
        /**
         * RefundIn
         * @description Part or all of a payment to give back.
         */
        RefundIn: {
            /** Amount Minor */
            amount_minor: number;
            /** Reason */
            reason?: string | null;
        };
        /**
         * Rental
         * @description A space rented to a customer.
         */
        Rental: {
            /** Car Id */
            car_id?: string | null;
            /**
             * Created At
             * Format: date-time
             */
            created_at: string;
            /** Created By */
            created_by: string;
            /** Currency */
            currency: string;
            /**
             * Customer Id
             * Format: uuid
             */
            customer_id: string;
            /**
             * Customer Name
             * @description lists only
             */
            customer_name?: string | null;
            /** Ends On */
            ends_on?: string | null;
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
            /** Notice Given On */
            notice_given_on?: string | null;
            /** Period */
            period: string;
            /** Price Minor */
            price_minor: number;
            /** Space */
            space: string;
            /**
             * Starts On
             * Format: date
             */
            starts_on: string;
            /** Status */
            status: string;
            /** Version */
            version: number;
        };
        /**
         * RentalEnd
         * @description When a rental ends; a future date is notice given today.
         */
        RentalEnd: {
            /** Ends On */
            ends_on?: string | null;
            /** Notice Given On */
            notice_given_on?: string | null;
            /** Version */
            version?: number | null;
        };
        /**
         * RentalIn
         * @description A new rental.
         */
        RentalIn: {
            /** Car Id */
            car_id?: string | null;
            /**
             * Customer Id
             * Format: uuid
             */
            customer_id: string;
            /** Ends On */
            ends_on?: string | null;
            /**
             * Period
             * @default month
             * @enum {string}
             */
            period?: "month" | "week" | "year";
            /** Price Minor */
            price_minor: number;
            /** Space */
            space: string;
            /** Starts On */
            starts_on?: string | null;
        };
        /**
         * RentalPage
         * @description Rentals by start date, one page.
         */
        RentalPage: {
            /** Items */
            items: components["schemas"]["Rental"][];
            /** Next Cursor */
            next_cursor?: string | null;
        };
        /**
         * RunIn
         * @description Run the facility's billing day now (normally the scheduler does).
         *
         *     The day is always today in the facility's time zone; `on` may be sent only as that day. Other days
         *     and all facilities at once are for operators: `billing run-day --on DATE`.
         */
        RunIn: {
            /** On */
            on?: string | null;
        };
        /**
         * RunReport
         * @description What one billing run did, for which facility and day.
         */
        RunReport: {
            /** Ended */
            ended: number;
            /**
             * Facility Id
             * Format: uuid
             */
            facility_id: string;
            /** Invoiced */
            invoiced: number;
            /**
             * On
             * Format: date
             */
            on: string;
            /** Overdue */
            overdue: number;
            /** Seconds */
            seconds: number;
            /** Started */
            started: number;
        };
        /**
         * SettingsIn
         * @description The facility's billing settings; `time_zone` decides which day "today" is for its billing run.
         */
        SettingsIn: {
            /**
             * Currency
             * @default EUR
             */
            currency?: string;
            /**
             * Payment Terms Days
             * @default 14
             */
            payment_terms_days?: number;
            /**
             * Tax Rate Bp
             * @default 0
             */
            tax_rate_bp?: number;
            /**
             * Time Zone
             * @default Europe/Paris
             */
            time_zone?: string;
        };
        /**
         * Statement
         * @description Entries between two dates with the opening, running and closing balance.
         */
        Statement: {
            /** Closing Balance Minor */
            closing_balance_minor: number;
            /**
             * Customer Id
             * Format: uuid
             */
            customer_id: string;
            /** Entries */
            entries: components["schemas"]["StatementEntry"][];
            /** From */
            from: string | null;
            /** Opening Balance Minor */
            opening_balance_minor: number;
            /** To */
            to: string | null;
        };
        /**
         * StatementEntry
         * @description An invoice, payment or refund and the balance after it.
         */
        StatementEntry: {
            /** Balance Minor */
            balance_minor: number;
            /** Credit Minor */
            credit_minor: number;
            /** Debit Minor */
            debit_minor: number;
            /**
             * Id
             * Format: uuid
             */
            id: string;
            /** Kind */
            kind: string;
            /**
             * On Date
             * Format: date
             */
            on_date: string;
            /** Reference */
            reference: string | null;
        };
        /**
         * TestCard
         * @description Only for the local provider: what Stripe.js would collect in the browser.
         */
        TestCard: {
            /** Exp Month */
            exp_month: number;
            /** Exp Year */
            exp_year: number;
            /** Number */
            number: string;
        };
        /**
         * WebhookReceipt
         * @description The provider event was received; a repeated one changes nothing.
         */
        WebhookReceipt: {
            /** Duplicate */
            duplicate: boolean;
            /** Received */
            received: boolean;
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
    getAutopay: {
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
                    "application/json": components["schemas"]["Autopay"];
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
    setAutopay: {
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
                "application/json": components["schemas"]["AutopayIn"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Autopay"];
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
    getBalance: {
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
                    "application/json": components["schemas"]["Balance"];
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
    listPaymentMethods: {
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
                    "application/json": components["schemas"]["PaymentMethodPage"];
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
    attachPaymentMethod: {
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
                "application/json": components["schemas"]["MethodIn"];
            };
        };
        responses: {
            /** @description Successful Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PaymentMethod"];
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
    startCardSetup: {
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
                    "application/json": components["schemas"]["CardSetup"];
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
    removePaymentMethod: {
        parameters: {
            query?: never;
            header?: {
                "x-facility-id"?: string | null;
            };
            path: {
                customer_id: string;
                method_id: string;
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
    setDefaultPaymentMethod: {
        parameters: {
            query?: never;
            header?: {
                "x-facility-id"?: string | null;
            };
            path: {
                customer_id: string;
                method_id: string;
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
                    "application/json": components["schemas"]["PaymentMethod"];
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
    listPayments: {
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
                    "application/json": components["schemas"]["PaymentPage"];
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
    getStatement: {
        parameters: {
            query?: {
                from?: string | null;
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
                    "application/json": components["schemas"]["Statement"];
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
    getBillingLiveness: {
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
    getBillingReadiness: {
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
    listInvoices: {
        parameters: {
            query?: {
                customer_id?: string | null;
                status?: string | null;
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
                    "application/json": components["schemas"]["InvoicePage"];
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
    createInvoice: {
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
                "application/json": components["schemas"]["InvoiceIn"];
            };
        };
        responses: {
            /** @description Successful Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Invoice"];
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
    getInvoice: {
        parameters: {
            query?: never;
            header?: {
                "x-facility-id"?: string | null;
            };
            path: {
                invoice_id: string;
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
                    "application/json": components["schemas"]["Invoice"];
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
    finalizeInvoice: {
        parameters: {
            query?: never;
            header?: {
                "x-facility-id"?: string | null;
            };
            path: {
                invoice_id: string;
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
                    "application/json": components["schemas"]["Invoice"];
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
    markInvoiceUncollectible: {
        parameters: {
            query?: never;
            header?: {
                "x-facility-id"?: string | null;
            };
            path: {
                invoice_id: string;
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
                    "application/json": components["schemas"]["Invoice"];
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
    voidInvoice: {
        parameters: {
            query?: never;
            header?: {
                "x-facility-id"?: string | null;
            };
            path: {
                invoice_id: string;
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
                    "application/json": components["schemas"]["Invoice"];
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
    listOrders: {
        parameters: {
            query?: {
                customer_id?: string | null;
                state?: string | null;
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
                    "application/json": components["schemas"]["OrderPage"];
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
    cancelOrder: {
        parameters: {
            query?: never;
            header?: {
                "x-facility-id"?: string | null;
            };
            path: {
                order_id: string;
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
                    "application/json": components["schemas"]["Order"];
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
    fulfilOrder: {
        parameters: {
            query?: never;
            header?: {
                "x-facility-id"?: string | null;
            };
            path: {
                order_id: string;
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
                    "application/json": components["schemas"]["Order"];
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
    recordPayment: {
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
                "application/json": components["schemas"]["PaymentIn"];
            };
        };
        responses: {
            /** @description Successful Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Payment"];
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
    chargeCard: {
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
                "application/json": components["schemas"]["CardChargeIn"];
            };
        };
        responses: {
            /** @description Successful Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Payment"];
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
    refundPayment: {
        parameters: {
            query?: never;
            header?: {
                "x-facility-id"?: string | null;
            };
            path: {
                payment_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RefundIn"];
            };
        };
        responses: {
            /** @description Successful Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Refund"];
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
    listProducts: {
        parameters: {
            query?: {
                active?: boolean | null;
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
                    "application/json": components["schemas"]["ProductPage"];
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
    createProduct: {
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
                "application/json": components["schemas"]["ProductIn"];
            };
        };
        responses: {
            /** @description Successful Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Product"];
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
    updateProduct: {
        parameters: {
            query?: never;
            header?: {
                "x-facility-id"?: string | null;
            };
            path: {
                product_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ProductPatch"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Product"];
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
    listRentals: {
        parameters: {
            query?: {
                customer_id?: string | null;
                status?: string | null;
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
                    "application/json": components["schemas"]["RentalPage"];
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
    createRental: {
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
                "application/json": components["schemas"]["RentalIn"];
            };
        };
        responses: {
            /** @description Successful Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Rental"];
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
    getRental: {
        parameters: {
            query?: never;
            header?: {
                "x-facility-id"?: string | null;
            };
            path: {
                rental_id: string;
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
                    "application/json": components["schemas"]["Rental"];
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
    endRental: {
        parameters: {
            query?: never;
            header?: {
                "x-facility-id"?: string | null;
            };
            path: {
                rental_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RentalEnd"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Rental"];
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
    runBillingDay: {
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
                "application/json": components["schemas"]["RunIn"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RunReport"];
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
    getBillingSettings: {
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
                    "application/json": components["schemas"]["BillingSettings"];
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
    putBillingSettings: {
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
                "application/json": components["schemas"]["SettingsIn"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BillingSettings"];
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
    getPaymentProvider: {
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
                    "application/json": components["schemas"]["ProviderState"];
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
    receiveStripeEvent: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "data": {
                 *         "object": {
                 *           "id": "pi_3Q2w3E"
                 *         }
                 *       },
                 *       "id": "evt_1Q2w3E",
                 *       "type": "payment_intent.succeeded"
                 *     }
                 */
                "application/json": {
                    [key: string]: unknown;
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
                    "application/json": components["schemas"]["WebhookReceipt"];
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
