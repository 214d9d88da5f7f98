import { TimelineView, timelinePageSizes } from "@/components/borrowers/timeline/timeline-view";
import { timelineKindParam } from "@/lib/borrowers/timeline-kinds";
import { noticeForBadCursor } from "@/lib/pagination/cursor-codec";
import { firstParam, pageSizeParam, type RawSearchParams } from "@/lib/search-params";
import { requirePagePermission } from "@/lib/server/auth/current-user";
import { decodeTimelineCursor, listTimeline } from "@/lib/server/borrowers/timeline/list-timeline";

type Props = { params: Promise<{ borrowerId: string }>; searchParams: Promise<RawSearchParams> };

export default async function BorrowerTimelinePage({ params, searchParams }: Props) {
  await requirePagePermission("borrowers.read");
  const [{ borrowerId }, query] = await Promise.all([params, searchParams]);
  const rawKind = firstParam(query.kind);
  const kind = timelineKindParam(rawKind);
  const rawCursor = firstParam(query.cursor);
  const cursor = decodeTimelineCursor(rawCursor);
  const size = pageSizeParam(query.size, timelinePageSizes, timelinePageSizes[0]);
  const notices = [
    ...(rawKind && !kind ? [`"${rawKind}" is not a kind of entry: showing everything.`] : []),
    ...(rawCursor && !cursor ? [noticeForBadCursor] : []),
  ];
  const page = await listTimeline({ borrowerId, kind, cursor, size });
  return <TimelineView borrowerId={borrowerId} kind={kind} size={size} page={page} notices={notices} />;
}
