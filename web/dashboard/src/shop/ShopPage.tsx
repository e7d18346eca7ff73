import { Button, Tabs } from "@storage-crm/ui";
import { useMutation } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router-dom";

import { InvoiceDialog } from "../billing/InvoiceDialog";
import { formatDate, formatMoney } from "../lib/format";
import { api, unwrap } from "../lib/api";
import { useToast } from "../lib/toast";
import { useWriteLock } from "../lib/useCanWrite";
import { ProductDialog } from "./ProductDialog";
import { useOrders, useProducts, useRefreshShop, type Order, type OrderState, type Product } from "./queries";

const STATES: OrderState[] = ["requested", "invoiced", "paid", "fulfilled", "cancelled"];

function Products() {
  const { t, i18n } = useTranslation("billing");
  const lang = i18n.language;
  const lock = useWriteLock();
  const products = useProducts();
  const [editing, setEditing] = useState<Product | "new" | null>(null);
  const items = products.data?.items ?? [];
  return (
    <>
      <div className="filters">
        <Button variant="primary" disabled={Boolean(lock)} title={lock} onClick={() => setEditing("new")}>{t("shop.products.add")}</Button>
      </div>
      {products.isError ? <p className="banner banner-error" role="alert">{products.error.message}</p> : null}
      <div className="table-scroll">
        <table className="data-table">
          <caption className="sr-only">{t("shop.tabs.products")}</caption>
          <thead>
            <tr>
              <th scope="col">{t("shop.products.name")}</th>
              <th scope="col">{t("shop.products.kind")}</th>
              <th scope="col" className="num">{t("shop.products.price")}</th>
              <th scope="col">{t("shop.products.state")}</th>
              <th scope="col"><span className="sr-only">{t("shop.actions")}</span></th>
            </tr>
          </thead>
          <tbody>
            {items.map((p) => (
              <tr key={p.id} data-testid="product-row">
                <td><strong>{p.name}</strong>{p.description ? <><br /><span className="muted">{p.description}</span></> : null}</td>
                <td>{t(`shop.kinds.${p.kind}`, { defaultValue: p.kind })}</td>
                <td className="num">{formatMoney(p.price_minor, p.currency, lang)}</td>
                <td><span className={`status-pill ${p.active ? "bill-paid" : "bill-void"}`}>{t(p.active ? "shop.products.on" : "shop.products.off")}</span></td>
                <td>
                  <Button variant="ghost" disabled={Boolean(lock)} title={lock} aria-label={t("shop.products.editTitle", { name: p.name })} onClick={() => setEditing(p)}>
                    {t("shop.products.edit")}
                  </Button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        {products.data && items.length === 0 ? <p className="muted">{t("shop.products.none")}</p> : null}
      </div>
      {editing ? <ProductDialog product={editing === "new" ? undefined : editing} onClose={() => setEditing(null)} /> : null}
    </>
  );
}

function OrderActions({ order }: { order: Order }) {
  const { t } = useTranslation("billing");
  const lock = useWriteLock();
  const toast = useToast();
  const refresh = useRefreshShop();
  const act = useMutation({
    mutationFn: async (action: "fulfil" | "cancel") =>
      action === "fulfil"
        ? unwrap(await api.billing.POST("/orders/{order_id}/fulfil", { params: { path: { order_id: order.id } } }))
        : unwrap(await api.billing.POST("/orders/{order_id}/cancel", { params: { path: { order_id: order.id } } })),
    onSuccess: (_, action) => {
      toast(t(action === "fulfil" ? "shop.orders.fulfilled" : "shop.orders.cancelled"));
      refresh();
    },
  });
  const name = order.customer_name || order.customer_id.slice(0, 8);
  return (
    <span className="row-actions">
      {["invoiced", "paid"].includes(order.state) ? (
        <Button variant="primary" disabled={Boolean(lock) || act.isPending} title={lock} aria-label={t("shop.orders.fulfilFor", { product: order.product_name, name })} onClick={() => act.mutate("fulfil")}>
          {t("shop.orders.fulfil")}
        </Button>
      ) : null}
      {["requested", "invoiced"].includes(order.state) ? (
        <Button disabled={Boolean(lock) || act.isPending} title={lock} aria-label={t("shop.orders.cancelFor", { product: order.product_name, name })} onClick={() => act.mutate("cancel")}>
          {t("shop.orders.cancel")}
        </Button>
      ) : null}
      {act.isError ? <span className="ui-field-error" role="alert">{act.error.message}</span> : null}
    </span>
  );
}

function Orders() {
  const { t, i18n } = useTranslation("billing");
  const lang = i18n.language;
  const [state, setState] = useState<OrderState | "">("");
  const orders = useOrders(state || undefined);
  const [invoice, setInvoice] = useState<string | null>(null);
  const items = orders.data?.items ?? [];
  return (
    <>
      <div className="filters">
        <label className="filter">
          {t("shop.orders.state")}
          <select value={state} onChange={(e) => setState(e.target.value as OrderState | "")}>
            <option value="">{t("invoices.any")}</option>
            {STATES.map((s) => <option key={s} value={s}>{t(`shop.states.${s}`)}</option>)}
          </select>
        </label>
      </div>
      {orders.isError ? <p className="banner banner-error" role="alert">{orders.error.message}</p> : null}
      <div className="table-scroll">
        <table className="data-table">
          <caption className="sr-only">{t("shop.tabs.orders")}</caption>
          <thead>
            <tr>
              <th scope="col">{t("shop.orders.placed")}</th>
              <th scope="col">{t("invoices.customer")}</th>
              <th scope="col">{t("shop.orders.product")}</th>
              <th scope="col" className="num">{t("shop.orders.quantity")}</th>
              <th scope="col" className="num">{t("invoices.total")}</th>
              <th scope="col">{t("shop.orders.state")}</th>
              <th scope="col"><span className="sr-only">{t("shop.actions")}</span></th>
            </tr>
          </thead>
          <tbody>
            {items.map((o) => (
              <tr key={o.id} data-testid="order-row">
                <td>{formatDate(o.created_at, lang)}</td>
                <td><Link to={`/contacts/${o.customer_id}`}>{o.customer_name || o.customer_id.slice(0, 8)}</Link></td>
                <td>{o.product_name}</td>
                <td className="num">{o.quantity}</td>
                <td className="num">
                  {o.invoice_id ? (
                    <Button variant="ghost" className="link-button" aria-label={t("shop.orders.invoice")} onClick={() => setInvoice(o.invoice_id ?? null)}>
                      {formatMoney(o.total_minor, o.currency, lang)}
                    </Button>
                  ) : formatMoney(o.total_minor, o.currency, lang)}
                </td>
                <td><span className={`status-pill order-${o.state}`}>{t(`shop.states.${o.state}`, { defaultValue: o.state })}{o.pay_now ? ` · ${t("shop.orders.payNow")}` : ""}</span></td>
                <td><OrderActions order={o} /></td>
              </tr>
            ))}
          </tbody>
        </table>
        {orders.data && items.length === 0 ? <p className="muted">{t("shop.orders.none")}</p> : null}
      </div>
      {invoice ? <InvoiceDialog invoiceId={invoice} onClose={() => setInvoice(null)} /> : null}
    </>
  );
}

/** The Shop section of the menu: the products and services customers order in the portal, and their orders. */
export function ShopPage() {
  const { t } = useTranslation("billing");
  const [tab, setTab] = useState<"orders" | "products">("orders");
  return (
    <section aria-labelledby="shop-title">
      <div className="page-head">
        <div>
          <h1 id="shop-title">{t("shop.title")}</h1>
          <p className="muted">{t("shop.intro")}</p>
        </div>
      </div>
      <Tabs items={[{ value: "orders", label: t("shop.tabs.orders") }, { value: "products", label: t("shop.tabs.products") }]} value={tab} onValueChange={(v) => setTab(v as typeof tab)} label={t("shop.tabs.label")}>
        {tab === "orders" ? <Orders /> : <Products />}
      </Tabs>
    </section>
  );
}
