// A file upload that reports its progress and can be cancelled (fetch has no upload progress; XHR does).
import type { ErrorBody } from "@storage-crm/api";

import { ApiError, requestHeaders } from "./api";

/** Whole percent sent, 0 when the size is unknown. */
export function percent(loaded: number, total: number): number {
  if (!total || total <= 0) return 0;
  return Math.min(100, Math.max(0, Math.floor((loaded / total) * 100)));
}

/** The error body of a refused request, if it is the services' one error body. */
export function errorBody(text: string): ErrorBody | null {
  try {
    const body = JSON.parse(text) as unknown;
    return body && typeof body === "object" && Array.isArray((body as ErrorBody).detail) ? (body as ErrorBody) : null;
  } catch {
    return null;
  }
}

/** POST `file` as multipart field "file" to `url`; `onProgress` gets whole percents; `signal` cancels. */
export function uploadFile<T>(url: string, file: File, onProgress: (pct: number) => void, signal?: AbortSignal): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open("POST", url);
    for (const [name, value] of Object.entries(requestHeaders())) xhr.setRequestHeader(name, value);
    xhr.upload.onprogress = (e) => onProgress(percent(e.loaded, e.lengthComputable ? e.total : 0));
    xhr.onload = () => {
      if (xhr.status >= 200 && xhr.status < 300) resolve(JSON.parse(xhr.responseText || "null") as T);
      else reject(new ApiError(xhr.status, errorBody(xhr.responseText)));
    };
    xhr.onerror = () => reject(new ApiError(0, null));
    xhr.onabort = () => reject(new DOMException("cancelled", "AbortError"));
    signal?.addEventListener("abort", () => xhr.abort(), { once: true });
    const form = new FormData();
    form.append("file", file);
    xhr.send(form);
  });
}
