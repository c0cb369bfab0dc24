"use client";

import type { ImportIssue } from "@/lib/import/types";
import { fill, formatSize, plural } from "./fill";
import type { ImportLabels } from "./import-labels";
import styles from "./import.module.css";
import { IssueText } from "./issue-text";

/** `message` is already in the page's language, or `detail` is the server's English wording. */
export type UploadPhase =
  | { kind: "idle" }
  | { kind: "uploading"; fileName: string; loaded: number; total: number; sent: boolean }
  | { kind: "cancelled"; fileName: string }
  | { kind: "error"; fileName: string; title: string; message: string; detail?: string; issues: ImportIssue[] };

type Props = { phase: UploadPhase; onCancel: () => void; labels: ImportLabels };

/** Progress of the upload with a way to stop it, or why the last file was refused. */
export function UploadStatus({ phase, onCancel, labels }: Props) {
  const { locale, upload, errors, units } = labels;
  if (phase.kind === "idle") return null;
  if (phase.kind === "cancelled") {
    return <p className={styles.statusLine}>{fill(upload.cancelled, { name: phase.fileName }, locale)}</p>;
  }
  if (phase.kind === "error") {
    return (
      <div className="notice notice--error" data-testid="import-error">
        <h3 className={styles.errorTitle}>
          {phase.title}: <span lang="en">{phase.fileName}</span>
        </h3>
        {phase.issues.length === 0 ? (
          <p>
            {phase.message}
            {phase.detail === undefined ? null : <span lang={locale === "en" ? undefined : "en"}>{phase.detail}</span>}
          </p>
        ) : (
          <>
            <p>{plural(errors.problems, phase.issues.length, locale)}</p>
            <ul className={styles.issueList}>
              {phase.issues.map((issue, index) => (
                <li key={index}>
                  <IssueText issue={issue} labels={labels} />
                </li>
              ))}
            </ul>
          </>
        )}
      </div>
    );
  }
  const percent = phase.total > 0 ? Math.min(100, Math.round((phase.loaded / phase.total) * 100)) : 0;
  const size = (bytes: number) => formatSize(bytes, units, locale);
  return (
    <div className={styles.progressBlock}>
      <div className={styles.progressHead}>
        <span>
          {phase.sent
            ? fill(upload.reading, { name: phase.fileName }, locale)
            : fill(
                upload.uploading,
                { name: phase.fileName, loaded: size(phase.loaded), total: size(phase.total) },
                locale,
              )}
        </span>
        <button type="button" className="button button--secondary" onClick={onCancel}>
          {upload.cancel}
        </button>
      </div>
      <div
        className={phase.sent ? `${styles.progress} ${styles.progressWaiting}` : styles.progress}
        role="progressbar"
        aria-label={fill(upload.progressLabel, { name: phase.fileName }, locale)}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={percent}
        aria-valuetext={phase.sent ? upload.progressSent : fill(upload.progressPercent, { percent }, locale)}
      >
        <div className={styles.progressFill} style={{ width: `${percent}%` }} />
      </div>
    </div>
  );
}
