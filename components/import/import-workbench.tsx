"use client";

import { useEffect, useRef, useState } from "react";
import type { ImportResult } from "@/lib/import/types";
import { uploadCsv, type UploadHandle, type UploadOutcome } from "@/lib/imported/upload";
import { fill, formatSize, plural } from "./fill";
import { FileDrop } from "./file-drop";
import type { ImportLabels } from "./import-labels";
import { ImportPreview } from "./import-preview";
import styles from "./import.module.css";
import { UploadStatus, type UploadPhase } from "./upload-status";

type Props = {
  maxFileBytes: number;
  labels: ImportLabels;
};

/** The sentence for an upload that got no usable answer, in the page's language. */
function failureMessage(outcome: Extract<UploadOutcome, { kind: "failed" }>, labels: ImportLabels): string {
  const { errors, locale } = labels;
  if (outcome.reason === "http") return fill(errors.http, { status: String(outcome.status ?? 0) }, locale);
  return errors[outcome.reason];
}

/** Choosing a file, sending it to the importer, and showing what came back. */
export function ImportWorkbench({ maxFileBytes, labels }: Props) {
  const { locale, upload: words, errors, preview } = labels;
  const maxFileLabel = formatSize(maxFileBytes, labels.units, locale);
  const errorTitles: Record<number, string> = { 413: errors.tooLarge, 422: errors.unreadable };
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
        title: errors.tooLarge,
        message: fill(
          errors.tooLargeLocal,
          { name: file.name, size: formatSize(file.size, labels.units, locale), max: maxFileLabel },
          locale,
        ),
        issues: [],
      });
      setAnnouncement(fill(words.announceTooLarge, { name: file.name }, locale));
      return;
    }
    const id = ++uploads.current;
    setPhase({ kind: "uploading", fileName: file.name, loaded: 0, total: file.size, sent: false });
    setAnnouncement(`${fill(words.announceUploading, { name: file.name }, locale)}${note ? ` ${note}` : ""}`);
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
          const { label, id: formatId } = outcome.result.format;
          const format = locale === "en" ? label : (labels.formats[formatId] ?? label);
          setAnnouncement(plural(words.announceRead, count, locale, { name: file.name, format }));
          break;
        }
        case "rejected": {
          // In English the importer's summary is the message; elsewhere it is kept as the English detail.
          const english = locale === "en";
          const title = errorTitles[outcome.status] ?? errors.refused;
          setPhase({
            kind: "error",
            fileName: file.name,
            title,
            message: english ? outcome.body.error : `${errors.detail} `,
            ...(english ? {} : { detail: outcome.body.error }),
            issues: outcome.body.errors,
          });
          const refused = fill(words.announceRefused, { name: file.name }, locale);
          setAnnouncement(english ? `${refused} ${outcome.body.error}` : `${refused} ${title}.`);
          break;
        }
        case "failed": {
          const message = failureMessage(outcome, labels);
          setPhase({ kind: "error", fileName: file.name, title: errors.failed, message, issues: [] });
          setAnnouncement(message);
          break;
        }
        case "cancelled":
          setPhase({ kind: "cancelled", fileName: file.name });
          setAnnouncement(fill(words.announceCancelled, { name: file.name }, locale));
          break;
      }
    });
  };

  return (
    <>
      <section className={styles.step} aria-labelledby="import-upload-heading">
        <h2 id="import-upload-heading">
          <span className={styles.stepNumber}>1</span> {words.heading}
        </h2>
        <FileDrop
          onFile={start}
          maxFileLabel={maxFileLabel}
          busy={phase.kind === "uploading" || result !== null}
          labels={labels}
        />
        <UploadStatus phase={phase} onCancel={() => upload.current?.cancel()} labels={labels} />
        <p className="visually-hidden" role="status" aria-live="polite" data-testid="import-announcement">
          {announcement}
        </p>
      </section>
      {result === null ? (
        <section className={styles.step} aria-labelledby="import-preview-heading">
          <h2 id="import-preview-heading">
            <span className={styles.stepNumber}>2</span> {preview.heading}
          </h2>
          <p className={styles.placeholder}>{preview.placeholder}</p>
        </section>
      ) : (
        <ImportPreview key={result.id} result={result.result} labels={labels} />
      )}
    </>
  );
}
