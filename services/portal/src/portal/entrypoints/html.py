"""The few server-rendered portal pages, in French and English (no script, one form each).

Accents are HTML entities so the source stays ASCII.
"""

from __future__ import annotations

from html import escape

from fastapi.responses import HTMLResponse

TEXT = {
    "fr": {
        "title": "Connexion au portail",
        "welcome": "Bonjour {name}, cliquez sur le bouton pour vous connecter.",
        "signin": "Se connecter",
        "bad_used": "Ce lien a d&eacute;j&agrave; &eacute;t&eacute; utilis&eacute;.",
        "bad_expired": "Ce lien a expir&eacute;.",
        "bad_unknown": "Ce lien n'est pas valide.",
        "ask": "Recevez un nouveau lien de connexion par email :",
        "email": "Adresse email",
        "send": "Envoyer un nouveau lien",
        "sent": "Si cette adresse a un compte, un lien de connexion valable 60 minutes"
        " vient d'&ecirc;tre envoy&eacute;.",
        "check": "V&eacute;rifiez vos emails",
        "sent_to": "Si {email} a un compte, un lien de connexion valable 60 minutes"
        " vient d'y &ecirc;tre envoy&eacute;.",
        "wait": "Rien re&ccedil;u ? Vous pourrez demander un nouveau lien dans 60 secondes.",
        "resend": "Renvoyer le lien",
        "slow": "Trop de demandes. R&eacute;essayez dans {s} secondes.",
        "home": "Vous &ecirc;tes connect&eacute;, {name}.",
        "signout": "Se d&eacute;connecter",
        "confirm_title": "Confirmer votre nouvelle adresse",
        "confirm": "Confirmer {email}",
        "confirmed": "Votre adresse a &eacute;t&eacute; confirm&eacute;e.",
    },
    "en": {
        "title": "Sign in to the portal",
        "welcome": "Hello {name}, click the button to sign in.",
        "signin": "Sign in",
        "bad_used": "This link has already been used.",
        "bad_expired": "This link has expired.",
        "bad_unknown": "This link is not valid.",
        "ask": "Get a new sign-in link by email:",
        "email": "Email address",
        "send": "Send a new link",
        "sent": "If this address has an account, a sign-in link valid for 60 minutes was just sent.",
        "check": "Check your email",
        "sent_to": "If {email} has an account, a sign-in link valid for 60 minutes was just sent there.",
        "wait": "Nothing came? You can ask for a new link in 60 seconds.",
        "resend": "Send the link again",
        "slow": "Too many requests. Try again in {s} seconds.",
        "home": "You are signed in, {name}.",
        "signout": "Sign out",
        "confirm_title": "Confirm your new address",
        "confirm": "Confirm {email}",
        "confirmed": "Your address is confirmed.",
    },
}

# Links carry secrets in the path: no referrer, no caching, no framing.
HEADERS = {
    "Cache-Control": "no-store",
    "Referrer-Policy": "no-referrer",
    "X-Frame-Options": "DENY",
    "Content-Security-Policy": "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'",
}


# The portal app's look, small enough to inline (the pages load nothing else): readable and thumb-sized on a phone.
STYLE = (
    "<style>body{margin:0;font:16px/1.45 system-ui,sans-serif;color:#1c2430;background:#f5f6f8}"
    "main{max-width:30rem;margin:0 auto;padding:1.5rem 1rem}h1{font-size:1.5rem}"
    "form{display:flex;flex-direction:column;gap:.75rem}label{display:flex;flex-direction:column;gap:.3rem}"
    "input{font:inherit;padding:.6rem .7rem;min-height:44px;border:1px solid #7b8494;border-radius:6px}"
    "button{font:inherit;min-height:44px;padding:.5rem 1rem;border-radius:8px;border:1px solid #1f5fbf;"
    "background:#1f5fbf;color:#fff;cursor:pointer}:focus-visible{outline:3px solid #f2a900;outline-offset:2px}</style>"
)


def language(preferred: str | None, accept_language: str | None) -> str:
    """The account's language, else the browser's first choice if English, else French."""
    if preferred in TEXT:
        return str(preferred)
    return "en" if (accept_language or "").strip().lower().startswith("en") else "fr"


def page(lang: str, body: str, status: int = 200, headers: dict[str, str] | None = None) -> HTMLResponse:
    """A complete page around `body`."""
    t = TEXT[lang]
    document = (
        f'<!doctype html><html lang="{lang}"><head><meta charset="utf-8">'
        '<meta name="referrer" content="no-referrer"><meta name="viewport" content="width=device-width">'
        f"<title>{t['title']}</title>{STYLE}</head><body><main>{body}</main></body></html>"
    )
    return HTMLResponse(document, status_code=status, headers={**HEADERS, **(headers or {})})


def signin_page(lang: str, first_name: str) -> HTMLResponse:
    """One button that POSTs to the same URL; opening the link consumes nothing."""
    t = TEXT[lang]
    body = (
        f"<h1>{t['title']}</h1><p>{t['welcome'].format(name=escape(first_name))}</p>"
        f'<form method="post"><button type="submit">{t["signin"]}</button></form>'
    )
    return page(lang, body)


def request_form(lang: str, email: str = "") -> str:
    """The form that asks for a new link (prefilled with the link's address when known)."""
    t = TEXT[lang]
    return (
        f'<p>{t["ask"]}</p><form method="post" action="/portal/request-link">'
        f'<input type="hidden" name="lang" value="{lang}">'
        f'<label>{t["email"]} <input type="email" name="email" required maxlength="254"'
        f' autocomplete="email" value="{escape(email)}"></label>'
        f'<button type="submit">{t["send"]}</button></form>'
    )


def bad_link_page(lang: str, state: str, email: str = "") -> HTMLResponse:
    """A used, expired or unknown link: say so and offer a new one."""
    t = TEXT[lang]
    return page(lang, f"<h1>{t['title']}</h1><p>{t['bad_' + state]}</p>{request_form(lang, email)}", status=410)


# The resend button appears after the cooldown, by CSS alone (the page runs no script).
COOLDOWN_CSS = (
    "<style>.later{visibility:hidden;animation:show 0s 60s forwards}@keyframes show{to{visibility:visible}}</style>"
)


def sent_page(lang: str, email: str = "") -> HTMLResponse:
    """The same answer for known and unknown addresses: the address asked for, and a resend after 60 s."""
    t = TEXT[lang]
    if not email:
        return page(lang, f"<h1>{t['title']}</h1><p>{t['sent']}</p>", status=202)
    body = (
        f"{COOLDOWN_CSS}<h1>{t['check']}</h1><p>{t['sent_to'].format(email=f'<strong>{escape(email)}</strong>')}</p>"
        f'<p>{t["wait"]}</p><form method="post" action="/portal/request-link" class="later">'
        f'<input type="hidden" name="lang" value="{lang}"><input type="hidden" name="email" value="{escape(email)}">'
        f'<button type="submit">{t["resend"]}</button></form>'
    )
    return page(lang, body, status=202)


def slow_down_page(lang: str, retry_after: int) -> HTMLResponse:
    """Rate limited."""
    t = TEXT[lang]
    body = f"<h1>{t['title']}</h1><p>{t['slow'].format(s=retry_after)}</p>"
    return page(lang, body, status=429, headers={"Retry-After": str(retry_after)})


def confirm_email_page(lang: str, email: str) -> HTMLResponse:
    """One button that confirms a new address."""
    t = TEXT[lang]
    body = (
        f"<h1>{t['confirm_title']}</h1>"
        f'<form method="post"><button type="submit">{t["confirm"].format(email=escape(email))}</button></form>'
    )
    return page(lang, body)


def confirmed_page(lang: str) -> HTMLResponse:
    """The new address is confirmed."""
    t = TEXT[lang]
    return page(lang, f"<h1>{t['confirm_title']}</h1><p>{t['confirmed']}</p>")


def home_page(lang: str, first_name: str) -> HTMLResponse:
    """Where a sign-in lands until the portal front end is served here; it reads /api/portal/me."""
    t = TEXT[lang]
    body = (
        f"<h1>{t['title']}</h1><p>{t['home'].format(name=escape(first_name))}</p>"
        f'<form method="post" action="/portal/signout"><button type="submit">{t["signout"]}</button></form>'
    )
    return page(lang, body)
