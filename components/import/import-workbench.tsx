"use client";

import { useEffect, useRef, useState } from "react";
import { formatBytes } from "@/lib/import/limits";
import type { ImportResult } from "@/lib/import/types";
import { uploadCsv, type UploadHandle } from "@/lib/imported/upload";
import { FileDrop } from "./file-drop";
import { ImportPreview } from "./import-preview";
import styles from "./import.module.css";
import { UploadStatus, type UploadPhase } from "./upload-status";

type Props = {
  maxFileBytes: number;
  maxFileLabel: string;
};

const ERROR_TITLES: Record<number, string> = {
  413: "The file is too large",
  422: "The file could not be read",
};

/** Choosing a file, sending it to the importer, and showing what came back. */
export function ImportWorkbench({ maxFileBytes, maxFileLabel }: Props) {
  const [phase, setPhase] = useState<UploadPhase>({ kind: "idle" });
  const [result, setResult] = useState<{ result: ImportResult; id: number } | null>(null);
  const [announcement, setAnnouncement] = useState("");
  const upload = useRef<UploadHandle | null>(null);
  const uploads = useRef(0);

  // Leaving the page stops an upload still under way.
  useEffect(() => () => upload.current?.cancel(), []);

  const start = (file: File, note?: string) => {
    upload.current?.cancel();
    setResult(null);
    if (file.size > maxFileBytes) {
      // The server would refuse it with 413 too; saying so now saves sending it.
      setPhase({
        kind: "error",
        fileName: file.name,
        title: ERROR_TITLES[413] ?? "",
        message: `${file.name} is ${formatBytes(file.size)}; files up to ${maxFileLabel} are accepted. Download fewer years, countries or products and try again.`,
        issues: [],
      });
      setAnnouncement(`${file.name} is too large to import.`);
      return;
    }
    const id = ++uploads.current;
    setPhase({ kind: "uploading", fileName: file.name, loaded: 0, total: file.size, sent: false });
    setAnnouncement(`Uploading ${file.name}.${note ? ` ${note}` : ""}`);
    const handle = uploadCsv(file, {
      onProgress: ({ loaded, total }) =>
        setPhase((current) =>
          current.kind === "uploading" && uploads.current === id ? { ...current, loaded, total } : current,
        ),
      onUploaded: () =>
        setPhase((current) =>
          current.kind === "uploading" && uploads.current === id ? { ...current, sent: true } : current,
        ),
    });
    upload.current = handle;
    void handle.promise.then((outcome) => {
      if (uploads.current !== id) return;
      upload.current = null;
      switch (outcome.kind) {
        case "ok": {
          const count = outcome.result.series.length;
          setPhase({ kind: "idle" });
          setResult({ result: outcome.result, id });
          setAnnouncement(
            `${file.name} read as ${outcome.result.format.label}: ${count} ${count === 1 ? "series" : "series"} found.`,
          );
          break;
        }
        case "rejected":
          setPhase({
            kind: "error",
            fileName: file.name,
            title: ERROR_TITLES[outcome.status] ?? "The file was refused",
            message: outcome.body.error,
            issues: outcome.body.errors,
          });
          setAnnouncement(`${file.name} could not be imported. ${outcome.body.error}`);
          break;
        case "failed":
          setPhase({
            kind: "error",
            fileName: file.name,
            title: "The upload failed",
            message: outcome.message,
            issues: [],
          });
          setAnnouncement(outcome.message);
          break;
        case "cancelled":
          setPhase({ kind: "cancelled", fileName: file.name });
          setAnnouncement(`Upload of ${file.name} cancelled.`);
          break;
      }
    });
  };

  return (
    <>
      <section className={styles.step} aria-labelledby="import-upload-heading">
        <h2 id="import-upload-heading">
          <span className={styles.stepNumber}>1</span> Choose a file
        </h2>
        <FileDrop onFile={start} maxFileLabel={maxFileLabel} busy={phase.kind === "uploading" || result !== null} />
        <UploadStatus phase={phase} onCancel={() => upload.current?.cancel()} />
        <p className="visually-hidden" role="status" aria-live="polite" data-testid="import-announcement">
          {announcement}
        </p>
      </section>
      {result === null ? (
        <section className={styles.step} aria-labelledby="import-preview-heading">
          <h2 id="import-preview-heading">
            <span className={styles.stepNumber}>2</span> Check what was read
          </h2>
          <p className={styles.placeholder}>
            Once a file is read, this shows how it was understood (format, encoding, separators, units and any
            conversion), lets you choose its series and previews them.
          </p>
        </section>
      ) : (
        <ImportPreview key={result.id} result={result.result} />
      )}
    </>
  );
}
