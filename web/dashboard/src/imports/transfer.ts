// Uploads with progress (XMLHttpRequest: fetch reports none) and authenticated downloads of files.
import { requestHeaders } from "../lib/api";
import type { ImportJob } from "./queries";

/** POST the file to the importer, reporting the fraction sent; resolves with the job. */
export function uploadFile(file: File, onProgress: (fraction: number) => void): Promise<ImportJob> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open("POST", `/api/importer/imports?filename=${encodeURIComponent(file.name)}`);
    for (const [name, value] of Object.entries(requestHeaders())) xhr.setRequestHeader(name, value);
    xhr.setRequestHeader("Content-Type", "application/octet-stream");
    xhr.upload.onprogress = (e) => {
      if (e.lengthComputable) onProgress(e.loaded / e.total);
    };
    xhr.onload = () => {
      if (xhr.status >= 200 && xhr.status < 300) {
        onProgress(1);
        resolve(JSON.parse(xhr.responseText) as ImportJob);
        return;
      }
      let message = `HTTP ${xhr.status}`;
      try {
        const body = JSON.parse(xhr.responseText) as { detail?: { msg: string }[] };
        message = body.detail?.map((d) => d.msg).join("; ") || message;
      } catch {
        // Not JSON (a gateway page): the status says enough.
      }
      reject(new Error(message));
    };
    xhr.onerror = () => reject(new Error("network error"));
    xhr.send(file);
  });
}

/** Fetch a file of the API with the signed-in headers and hand it to the browser as a download. */
export async function download(path: string, filename: string): Promise<void> {
  const response = await fetch(path, { headers: requestHeaders() });
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  const url = URL.createObjectURL(await response.blob());
  const link = document.createElement("a");
  link.href = url;
  link.download = filename;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
