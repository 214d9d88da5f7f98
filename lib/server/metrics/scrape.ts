import "server-only";
// Every metric module is imported here, so each process lists every metric (an idle counter with its help and
// type, no samples) whether or not it ran the code that moves it; the gauges read at scrape time register here.
import "./axle-metrics";
import "./delivery-metrics";
import "./email-metrics";
import "./ingest-metrics";
import "./portfolio-metrics";
import "./processing-metrics";
import "./queue-metrics";
import { renderMetrics } from "./registry";

/** This process's metrics in Prometheus's text format, with the database-backed gauges read now. */
export const scrapeMetrics = renderMetrics;
