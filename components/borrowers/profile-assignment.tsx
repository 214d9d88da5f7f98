import { ActionForm } from "@/components/ui/action-form";
import { inputClassName } from "@/components/ui/input";
import { assignProfileAction } from "@/lib/actions/profile-actions";
import { cn } from "@/lib/cn";

type Props = {
  borrowerId: string;
  currentProfileId: string | null;
  profiles: { id: string; name: string; isDefault: boolean }[];
  canAssign: boolean;
};

/** Which requirement profile applies to the borrower; admins change it here (policies are evaluated again). */
export function ProfileAssignment({ borrowerId, currentProfileId, profiles, canAssign }: Props) {
  const current =
    profiles.find((profile) => profile.id === currentProfileId) ??
    profiles.find((profile) => profile.isDefault);
  if (!canAssign) {
    return (
      <p className="text-sm">
        {current?.name ?? "The default profile"}
        {!currentProfileId && <span className="text-muted-foreground"> (the default)</span>}
      </p>
    );
  }
  return (
    <ActionForm
      action={assignProfileAction.bind(null, borrowerId)}
      label="Assign"
      pendingLabel="Assigning…"
      variant="outline"
      testId="assign-profile"
    >
      <label className="grid min-w-0 flex-1 basis-48 gap-1.5 text-sm">
        <span className="font-medium">Requirement profile</span>
        {/* A native select, styled like every control: it submits with the form and works without script. */}
        <select
          name="profileId"
          defaultValue={currentProfileId ?? ""}
          className={cn(inputClassName, "cursor-pointer")}
          data-testid="profile-select"
        >
          {profiles.map((profile) => (
            <option key={profile.id} value={profile.isDefault ? "" : profile.id}>
              {profile.name}
              {profile.isDefault ? " (default)" : ""}
            </option>
          ))}
        </select>
      </label>
    </ActionForm>
  );
}
