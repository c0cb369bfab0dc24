import path from "node:path";
import { expect, test } from "@playwright/test";

/*
 * The import page in Russian: a file read and previewed in Russian, and a bad
 * file refused with a Russian error that names the line, the importer's own
 * English detail kept beside it and marked as English.
 */

const FIXTURES = path.join(process.cwd(), "tests/fixtures/import/synthetic");
const PAK_RUS = path.join(FIXTURES, "synthetic-tidy-pak-rus.csv");
const BAD_YEAR = path.join(FIXTURES, "synthetic-bad-year-typo-tidy.csv");

test("/ru/import reads a CSV and previews it in Russian", async ({ page }) => {
  await page.goto("/ru/import");
  await page.getByLabel("Выбрать файл…").setInputFiles(PAK_RUS);
  const preview = page.getByTestId("import-preview");
  await expect(preview).toBeVisible();
  await expect(preview.getByRole("heading", { name: "Проверьте, что прочитано" })).toBeVisible();
  await expect(page.getByTestId("import-format")).toHaveText("«длинный» CSV (столбец года и столбцы значений)");
  await expect(preview).toContainText("Выберите ряды для графика");
  await expect(preview.getByRole("list", { name: "Ряды в файле" })).toBeVisible();
  await expect(preview.getByRole("button", { name: /^Добавить на график: \d+$/ })).toBeVisible();
  await expect(page.getByTestId("import-announcement")).toContainText("прочитан как");
});

test("/ru/import names the line of a bad file in Russian", async ({ page }) => {
  await page.goto("/ru/import");
  await page.getByLabel("Выбрать файл…").setInputFiles(BAD_YEAR);
  const error = page.getByTestId("import-error");
  await expect(error).toContainText("Файл не удалось прочитать");
  await expect(error).toContainText("строка 3, столбец 3");
  await expect(error.locator('[lang="en"]', { hasText: "is not a year" })).toBeVisible();
  await expect(page.getByTestId("import-preview")).toHaveCount(0);
});
