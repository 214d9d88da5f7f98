"use client";

import { MoreHorizontal } from "lucide-react";
import { type ComponentProps, Fragment, type ReactNode, useState } from "react";
import type { ActionState } from "@/lib/action-state";
import { Button } from "./button";
import { ConfirmDialog } from "./confirm-dialog";
import {
  DropdownMenu,
  DropdownMenuContent,
  DropdownMenuItem,
  DropdownMenuSeparator,
  DropdownMenuTrigger,
} from "./dropdown-menu";
import { toast } from "./sonner";

export type MenuAction<Key extends string> = {
  key: Key;
  /** The item's words and icon; end them with "…": each opens a confirmation. */
  label: ReactNode;
  testId: string;
  /** Drawn after a separator (a destructive action, apart from the rest). */
  isSeparated?: boolean;
  /** What the confirmation says and does. */
  dialog: Omit<ComponentProps<typeof ConfirmDialog>, "open" | "onOpenChange" | "children">;
};

type Props<Key extends string> = {
  /** The trigger's accessible name: "Actions for Dana Diaz". */
  label: string;
  testId: string;
  /** The actions offered now, in order. */
  actions: MenuAction<Key>[];
  /** Called when an action is chosen, before its dialog opens (to reset the dialog's own fields). */
  onChoose?: (key: Key) => void;
  /** The confirm button's test id for an action. */
  confirmTestId: (key: Key) => string;
};

/** A row's "…" menu whose every item opens a confirmation that says what will happen, and to whom. */
export function ConfirmedActionsMenu<Key extends string>({
  label,
  testId,
  actions,
  onChoose,
  confirmTestId,
}: Props<Key>) {
  const [open, setOpen] = useState<Key | null>(null);
  const chosen = actions.find((action) => action.key === open);
  return (
    <>
      {/* Not modal: the menu hands focus to the dialog it opens without leaving the page inert. */}
      <DropdownMenu modal={false}>
        <DropdownMenuTrigger asChild>
          <Button variant="ghost" size="icon" aria-label={label} data-testid={testId}>
            <MoreHorizontal aria-hidden />
          </Button>
        </DropdownMenuTrigger>
        <DropdownMenuContent align="end">
          {actions.map((action) => (
            <Fragment key={action.key}>
              {action.isSeparated && <DropdownMenuSeparator />}
              <DropdownMenuItem
                onSelect={() => {
                  onChoose?.(action.key);
                  setOpen(action.key);
                }}
                data-testid={action.testId}
              >
                {action.label}
              </DropdownMenuItem>
            </Fragment>
          ))}
        </DropdownMenuContent>
      </DropdownMenu>
      {chosen && (
        <ConfirmDialog
          {...chosen.dialog}
          open
          onOpenChange={(isOpen) => {
            if (!isOpen) setOpen(null);
          }}
          confirmTestId={confirmTestId(chosen.key)}
        />
      )}
    </>
  );
}

/** Runs a server action from a confirmation, toasting its notice; an error stays in the open dialog. */
export async function runConfirmed<State extends ActionState>(action: () => Promise<State>): Promise<State> {
  const result = await action();
  if (result.notice) toast.success(result.notice);
  return result;
}
