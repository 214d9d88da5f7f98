// A date a person typed or a URL carried, coerced and kept within years 1900–9999. PostgreSQL stores years far
// beyond that, but JavaScript reads them back as invalid dates, so one typo in a date picker ("20255-01-01")
// would break every page that lists the row. The same range as the cursors' moments.
import { z } from "zod";

const earliest = Date.UTC(1900, 0, 1);
const latest = Date.UTC(10000, 0, 1);

export function plausibleDate(message = "Give a valid date") {
  return z.coerce
    .date({ error: message })
    .refine(
      (date) => date.getTime() >= earliest && date.getTime() < latest,
      "Give a date between 1900 and 9999",
    );
}
