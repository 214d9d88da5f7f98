import { Loader2 } from "lucide-react";
import type { ReactNode } from "react";
import { Button, type ButtonProps } from "./button";

type Props = Omit<ButtonProps, "type"> & {
  isPending: boolean;
  /** What the button says while its form is being sent: "Saving…". */
  pendingLabel: string;
  /** An icon shown when not pending (the spinner takes its place while pending). */
  icon?: ReactNode;
};

/** A form's submit button: disabled and busy, with a spinner and its pending words, while the form is sent. */
export function SubmitButton({ isPending, pendingLabel, icon, children, ...props }: Props) {
  return (
    <Button type="submit" disabled={isPending} aria-busy={isPending || undefined} {...props}>
      {isPending ? <Loader2 aria-hidden className="animate-spin" /> : icon}
      {isPending ? pendingLabel : children}
    </Button>
  );
}
