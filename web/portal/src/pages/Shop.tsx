// The Field alone, not the kit's index: its Radix components would ship with the portal for nothing.
import { Field } from "@storage-crm/ui/src/Field";
import { useState, type FormEvent } from "react";

import { api, type ShopOrder, type ShopProduct, type View } from "../api";
import { usePortal, useT } from "../context";
import { Heading } from "../Heading";
import { date, money, type Key } from "../i18n";

const WAIT_MS = 30_000;

function stateOf(view: View, orderId: string): string | undefined {
  return view.shop?.orders.find((o) => o.order_id === orderId)?.state;
}

/** One product or service: its price, how many, pay at once with the saved card, and the Order button. */
function ProductCard({ product, canPayNow }: { product: ShopProduct; canPayNow: boolean }) {
  const { lang, reload } = usePortal();
  const t = useT(lang);
  const [quantity, setQuantity] = useState("1");
  const [payNow, setPayNow] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | undefined>();
  const [status, setStatus] = useState<string | null>(null);
  const headingId = `product-${product.product_id}`;
  // The order goes to billing as an event: it shows as requested, then invoiced or paid once billing has it.
  const order = async (e: FormEvent) => {
    e.preventDefault();
    const n = Number(quantity);
    if (!Number.isInteger(n) || n < 1 || n > 100) {
      setError(t("quantityInvalid"));
      return;
    }
    setError(undefined);
    setBusy(true);
    setStatus(t("ordering"));
    const { data, error: failed } = await api.POST("/me/orders", {
      body: { product_id: product.product_id, quantity: n, pay_now: canPayNow && payNow },
    });
    if (data === undefined) {
      const detail = (failed as { detail?: { loc?: string[] }[] } | undefined)?.detail?.[0];
      const field = detail?.loc?.at(-1);
      if (field === "quantity") setError(t("quantityInvalid"));
      setStatus(field === "quantity" ? null : t("orderFailed"));
      setBusy(false);
      return;
    }
    await reload();
    const deadline = Date.now() + WAIT_MS;
    let state: string | undefined = "requested";
    while (state === "requested" && Date.now() < deadline) {
      await new Promise((r) => setTimeout(r, 1000));
      const { data: view } = await api.GET("/me");
      state = view === undefined ? state : stateOf(view, data.order_id);
    }
    setStatus(t("ordered", { name: product.name }));
    setBusy(false);
    setQuantity("1");
    await reload();
  };
  return (
    <li className="card" aria-labelledby={headingId}>
      <h2 id={headingId} className="product-name">
        {product.name}
      </h2>
      {product.description ? <p className="muted">{product.description}</p> : null}
      <p className="price">
        {money(lang, product.price_minor, product.currency)}
        <span className="muted"> · {t(product.kind === "service" ? "kindServiceShop" : "kindProduct")}</span>
      </p>
      <form className="stack" onSubmit={(e) => void order(e)} noValidate>
        <Field
          label={t("quantity")}
          type="number"
          inputMode="numeric"
          min={1}
          max={100}
          value={quantity}
          error={error}
          onChange={(e) => setQuantity(e.target.value)}
        />
        {canPayNow ? (
          <label className="choice">
            <input type="checkbox" checked={payNow} onChange={(e) => setPayNow(e.target.checked)} />
            {t("payNow")}
          </label>
        ) : null}
        <button type="submit" className="button primary" disabled={busy} aria-label={t("orderProduct", { name: product.name })}>
          {t("order")}
        </button>
      </form>
      <p role="status" className="status">
        {status}
      </p>
    </li>
  );
}

const STATE_KEYS: Record<ShopOrder["state"], Key> = {
  requested: "orderRequested",
  invoiced: "orderInvoiced",
  paid: "orderPaid",
  fulfilled: "orderFulfilled",
  cancelled: "orderCancelled",
  refused: "orderRefused",
};

/** The facility's products and services, and the customer's orders with their state. */
export function Shop() {
  const { lang, view } = usePortal();
  const t = useT(lang);
  const shop = view.shop;
  const products = shop?.products ?? [];
  const orders = shop?.orders ?? [];
  return (
    <>
      <Heading>{t("shop")}</Heading>
      {products.length === 0 ? (
        <p className="empty">{t("shopSoon")}</p>
      ) : (
        <ul className="cards products">
          {products.map((p) => (
            <ProductCard key={p.product_id} product={p} canPayNow={shop?.can_pay_now ?? false} />
          ))}
        </ul>
      )}
      <h2 id="my-orders">{t("myOrders")}</h2>
      {orders.length === 0 ? (
        <p className="empty">{t("noOrders")}</p>
      ) : (
        <ul className="cards" aria-labelledby="my-orders">
          {orders.map((o) => (
            <li key={o.order_id} className="card row">
              <span className="grow">
                <strong>
                  {o.quantity} × {o.product_name ?? t("shop")}
                </strong>
                <br />
                <span className="muted">
                  {date(lang, o.placed_at)}
                  {o.total_minor !== null && o.currency ? ` · ${money(lang, o.total_minor, o.currency)}` : ""}
                </span>
              </span>
              <span className={`badge state-${o.state}`}>{t(STATE_KEYS[o.state])}</span>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
