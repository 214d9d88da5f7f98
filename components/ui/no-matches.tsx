import { SearchX } from "lucide-react";
import Link from "next/link";
import { Button } from "./button";
import { EmptyState } from "./empty-state";

/** What a filtered list shows when nothing matches: say so, suggest what to change, and offer to clear. */
export function NoMatches({
  title,
  description,
  clearHref,
  testId,
}: {
  title: string;
  description: string;
  /** The list without its filters. */
  clearHref: string;
  testId: string;
}) {
  return (
    <EmptyState
      testId={testId}
      icon={<SearchX />}
      title={title}
      description={description}
      action={
        <Button variant="outline" size="sm" asChild>
          <Link href={clearHref}>Clear filters</Link>
        </Button>
      }
    />
  );
}
