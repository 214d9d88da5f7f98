// What Slack's answers to an incoming webhook mean, in words, for the delivery log. Slack answers a refusal with
// a short code as the body (api.slack.com/messaging/webhooks#handling_errors); the log shows the code as well.

const explanations = new Map<string, string>(
  Object.entries({
    invalid_payload: "Slack could not read the message.",
    no_service: "Slack does not know this webhook: it was removed, or the URL is wrong.",
    no_team: "Slack does not know this webhook's workspace.",
    team_disabled: "The Slack workspace is disabled.",
    invalid_token: "Slack no longer accepts this webhook: add a new one.",
    channel_not_found: "The channel no longer exists.",
    channel_is_archived: "The channel is archived.",
    action_prohibited: "A Slack admin has restricted posting to this channel.",
    posting_to_general_channel_denied: "Only Slack admins may post to this channel.",
    user_not_found: "The webhook's user no longer exists in Slack.",
    too_many_requests: "Slack asked to slow down; the message is tried again.",
    rate_limited: "Slack asked to slow down; the message is tried again.",
  }),
);

/** The meaning of a stored error, when it is one of Slack's codes; null for anything else (shown as is). */
export function explainSlackError(error: string): string | null {
  return explanations.get(error.trim()) ?? null;
}
