"use client";

import { useId, useState, type DragEvent } from "react";
import { fill } from "./fill";
import type { ImportLabels } from "./import-labels";
import styles from "./import.module.css";
import { TextParts } from "./text-parts";

type Props = {
  onFile: (file: File, note?: string) => void;
  maxFileLabel: string;
  busy: boolean;
  labels: ImportLabels;
};

const ACCEPT =
  ".csv,.tsv,.txt,.tab,.xlsx,text/csv,text/tab-separated-values,text/plain,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/**
 * A drop zone around a real file input. The input stays in the page (visually
 * hidden, still focusable) and its label looks like a button, so keyboard and
 * screen-reader users get the browser's own file picker.
 */
export function FileDrop({ onFile, maxFileLabel, busy, labels }: Props) {
  const { locale, upload } = labels;
  const inputId = useId();
  const hintId = useId();
  const [dragging, setDragging] = useState(false);

  const onDragOver = (event: DragEvent<HTMLDivElement>) => {
    if (!event.dataTransfer.types.includes("Files")) return;
    event.preventDefault();
    event.dataTransfer.dropEffect = "copy";
    setDragging(true);
  };

  const onDrop = (event: DragEvent<HTMLDivElement>) => {
    event.preventDefault();
    setDragging(false);
    const files = event.dataTransfer.files;
    const file = files[0];
    if (file === undefined) return;
    onFile(
      file,
      files.length > 1 ? fill(upload.manyDropped, { count: files.length, name: file.name }, locale) : undefined,
    );
  };

  return (
    <div
      className={dragging ? `${styles.dropzone} ${styles.dropzoneActive}` : styles.dropzone}
      onDragOver={onDragOver}
      onDragEnter={onDragOver}
      onDragLeave={(event) => {
        if (!event.currentTarget.contains(event.relatedTarget as Node | null)) setDragging(false);
      }}
      onDrop={onDrop}
      data-testid="import-dropzone"
    >
      <svg className={styles.dropIcon} viewBox="0 0 24 24" width="36" height="36" aria-hidden="true">
        <path d="M12 15V4m0 0L7.5 8.5M12 4l4.5 4.5M5 14v4.5A1.5 1.5 0 0 0 6.5 20h11a1.5 1.5 0 0 0 1.5-1.5V14" />
      </svg>
      <p className={styles.dropText}>
        <strong>{upload.dropTitle}</strong>
        <span> {upload.or} </span>
      </p>
      <input
        id={inputId}
        className={styles.fileInput}
        type="file"
        accept={ACCEPT}
        aria-describedby={hintId}
        onChange={(event) => {
          const file = event.currentTarget.files?.[0];
          // Cleared so that choosing the same file again reads it again.
          event.currentTarget.value = "";
          if (file !== undefined) onFile(file);
        }}
      />
      <label htmlFor={inputId} className={`button ${styles.fileButton}`}>
        {busy ? upload.chooseAnother : upload.choose}
      </label>
      <p id={hintId} className={styles.dropHint}>
        <TextParts parts={upload.hint} values={{ max: maxFileLabel }} locale={locale} />
      </p>
    </div>
  );
}
