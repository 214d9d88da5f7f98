// `toast.success("Saved.")`, `toast.error(…)`: the one way to report a result; <Toaster /> is in the shell.
export { toast } from "sonner";
