// The profile editor's form fields → a profile input. Field names: `rule.<key>.enabled`, `rule.<key>.severity`
// and `rule.<key>.<input field>`; money may be typed as "$1,000".
import { rulesByKey } from "./rule-catalog";

export function profileInputFromForm(form: FormData) {
  const rules = [...rulesByKey.values()]
    .filter((rule) => form.get(`rule.${rule.key}.enabled`) === "on")
    .map((rule) => ({
      ruleKey: rule.key,
      severity: String(form.get(`rule.${rule.key}.severity`) ?? "HIGH"),
      input: Object.fromEntries(
        rule.fields.map((field) => {
          const raw = String(form.get(`rule.${rule.key}.${field.name}`) ?? "").trim();
          if (field.kind === "text") return [field.name, raw];
          const number = Number(raw.replace(/[$,\s]/g, ""));
          return [field.name, raw === "" || Number.isNaN(number) ? raw : number];
        }),
      ),
    }));
  const days = (field: string) =>
    String(form.get(field) ?? "")
      .split(/[,\s]+/)
      .filter(Boolean)
      .map(Number);
  return {
    name: String(form.get("name") ?? ""),
    description: String(form.get("description") ?? "") || undefined,
    rules,
    reminderDays: days("reminderDays"),
    chaseDays: days("chaseDays"),
    autoOutreach: form.get("autoOutreach") === "on",
  };
}

/** What the editor needs to know of each rule (no functions: it crosses to the browser). */
export function ruleCatalogForEditor() {
  return [...rulesByKey.values()].map((rule) => ({
    key: rule.key,
    title: rule.title,
    description: rule.description,
    boundaries: rule.boundaries,
    fields: rule.fields,
  }));
}
