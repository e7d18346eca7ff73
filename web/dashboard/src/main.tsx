import "./lib/i18n";
import "./styles.css";

import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { TooltipProvider } from "@storage-crm/ui";
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { BrowserRouter } from "react-router-dom";

import { App } from "./App";
import { ApiError } from "./lib/api";
import { AuthProvider, oidc } from "./lib/auth";
import { ToastProvider } from "./lib/toast";

const queries = new QueryClient({
  defaultOptions: {
    queries: {
      staleTime: 15_000,
      retry: (count, error) => !(error instanceof ApiError && error.status < 500) && count < 2,
      refetchOnWindowFocus: false,
    },
  },
});

const root = document.getElementById("root");
if (window.location.pathname === "/signin-silent") {
  // The hidden frame of a silent token refresh: hand the answer to the main window, render nothing.
  void oidc.signinSilentCallback();
} else if (root) {
  createRoot(root).render(
    <StrictMode>
      <AuthProvider>
        <QueryClientProvider client={queries}>
          <TooltipProvider>
            <ToastProvider>
              <BrowserRouter>
                <App />
              </BrowserRouter>
            </ToastProvider>
          </TooltipProvider>
        </QueryClientProvider>
      </AuthProvider>
    </StrictMode>,
  );
}
