import type { Metadata } from "next";
import { ByLocale } from "@/components/shell/by-locale";
import { NotFoundBody } from "@/components/shell/not-found-body";
import { getT } from "@/lib/i18n";

export const metadata: Metadata = {
  title: getT("en")("common.notFound.title"),
  description: getT("en")("common.notFound.description"),
};

/* Next gives a not-found page no route parameters, so the address chooses the language (see ByLocale). */
export default function NotFound() {
  return (
    <ByLocale
      variants={{
        en: <NotFoundBody locale="en" />,
        ur: <NotFoundBody locale="ur" />,
        ru: <NotFoundBody locale="ru" />,
      }}
    />
  );
}
