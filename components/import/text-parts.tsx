import type { Locale } from "@/lib/i18n/locales";
import { fill, type FillValues, type TextPart } from "./fill";

/** Translated text in parts, each filled with the values; English words keep `lang="en"`. */
export function TextParts({
  parts,
  values = {},
  locale,
}: {
  parts: readonly TextPart[];
  values?: FillValues;
  locale: Locale;
}) {
  return (
    <>
      {parts.map((part, index) => {
        const text = fill(part.text, values, locale);
        if (part.tag === "en")
          return (
            <span key={index} lang="en">
              {text}
            </span>
          );
        if (part.tag === "code") return <code key={index}>{text}</code>;
        if (part.tag === "i") return <i key={index}>{text}</i>;
        return <span key={index}>{text}</span>;
      })}
    </>
  );
}
