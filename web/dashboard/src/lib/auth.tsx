// Staff sign-in: Keycloak through the gateway (authorization code + PKCE, silent refresh, sign-out).
import { UserManager, WebStorageStateStore, type User } from "oidc-client-ts";
import { createContext, useContext, useEffect, useMemo, useState, type ReactNode } from "react";

export type Role = "owner" | "manager" | "staff";

export interface Session {
  token: string;
  sub: string;
  name: string;
  role: Role;
  facilities: string[];
}

/** TEST-ONLY path: browser tests without Keycloak put a `crm-dev token` here (never set by the app). */
export const DEV_TOKEN_KEY = "crm.test-only.dev-token";

export const oidc = new UserManager({
  authority: `${window.location.origin}/auth/realms/crm`,
  client_id: "dashboard",
  redirect_uri: `${window.location.origin}/signin-callback`,
  post_logout_redirect_uri: `${window.location.origin}/`,
  silent_redirect_uri: `${window.location.origin}/signin-silent`,
  response_type: "code",
  scope: "openid profile email",
  automaticSilentRenew: true,
  userStore: new WebStorageStateStore({ store: window.sessionStorage }),
});

/** The claims the dashboard uses, read from an access token (already verified by the services). */
export function sessionFromToken(token: string): Session {
  const part = token.split(".")[1] ?? "";
  const json = atob(part.replace(/-/g, "+").replace(/_/g, "/"));
  const claims = JSON.parse(decodeURIComponent(escape(json))) as Record<string, unknown>;
  const role = claims.role === "owner" || claims.role === "manager" ? claims.role : "staff";
  const facilities = Array.isArray(claims.facilities) ? claims.facilities.map(String) : [];
  const name = String(claims.name ?? claims.preferred_username ?? claims.email ?? claims.sub ?? "");
  return { token, sub: String(claims.sub ?? ""), name, role, facilities };
}

interface AuthState {
  session: Session | null;
  loading: boolean;
  signIn: () => Promise<void>;
  signOut: () => Promise<void>;
}

const AuthContext = createContext<AuthState | null>(null);

function fromUser(user: User | null): Session | null {
  return user && !user.expired ? sessionFromToken(user.access_token) : null;
}

export function AuthProvider({ children }: { children: ReactNode }) {
  const dev = window.sessionStorage.getItem(DEV_TOKEN_KEY);
  const [session, setSession] = useState<Session | null>(dev ? sessionFromToken(dev) : null);
  const [loading, setLoading] = useState(!dev);

  useEffect(() => {
    if (dev) return;
    const onLoaded = (user: User) => setSession(fromUser(user));
    const onUnloaded = () => setSession(null);
    oidc.events.addUserLoaded(onLoaded);
    oidc.events.addUserUnloaded(onUnloaded);
    const done = window.location.pathname === "/signin-callback";
    const load = done
      ? oidc.signinCallback().then((user) => {
          const back = (user?.state as string | undefined) ?? "/contacts";
          window.history.replaceState(null, "", back);
          return user ?? null;
        })
      : oidc.getUser();
    load
      .then((user) => setSession(fromUser(user ?? null)))
      .catch(() => setSession(null))
      .finally(() => setLoading(false));
    return () => {
      oidc.events.removeUserLoaded(onLoaded);
      oidc.events.removeUserUnloaded(onUnloaded);
    };
  }, [dev]);

  const value = useMemo<AuthState>(
    () => ({
      session,
      loading,
      signIn: () => oidc.signinRedirect({ state: window.location.pathname + window.location.search }),
      signOut: async () => {
        if (window.sessionStorage.getItem(DEV_TOKEN_KEY)) {
          window.sessionStorage.removeItem(DEV_TOKEN_KEY);
          setSession(null);
          return;
        }
        await oidc.signoutRedirect();
      },
    }),
    [session, loading],
  );
  return <AuthContext.Provider value={value}>{children}</AuthContext.Provider>;
}

export function useAuth(): AuthState {
  const value = useContext(AuthContext);
  if (!value) throw new Error("useAuth outside AuthProvider");
  return value;
}

/** The signed-in session; only used under the signed-in shell. */
export function useSession(): Session {
  const { session } = useAuth();
  if (!session) throw new Error("not signed in");
  return session;
}

export function canWrite(role: Role): boolean {
  return role === "owner" || role === "manager";
}
