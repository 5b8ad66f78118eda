#!/usr/bin/env bash
# Writes one JSON bundle of a GitHub organisation's access settings for `leastpriv audit`:
#     scripts/export-github.sh ORG [REPO...] > github-export.json
# With no REPO, every repository of the organisation is exported. Needs `gh` (signed in with a
# token that can read the organisation's settings; an owner's token for the 2FA-disabled member
# list and Actions settings) and `jq`. Endpoints a token cannot read are left out of the bundle
# and named on standard error, so the bundle never claims more than was read.
#
# Replay mode (tests, demos): LEASTPRIV_GH_REPLAY=DIR answers each `gh api ENDPOINT` from
# DIR/<ENDPOINT with / ? = & replaced by _>.json instead of the network.
set -euo pipefail

if [ $# -lt 1 ]; then
    echo "usage: $0 ORG [REPO...]" >&2
    exit 2
fi
org="$1"
shift
command -v jq >/dev/null || { echo "export-github: jq is required" >&2; exit 2; }

# One API call: the response on stdout, or a non-zero status.
api() {
    local endpoint="$1"
    if [ -n "${LEASTPRIV_GH_REPLAY:-}" ]; then
        local file="${LEASTPRIV_GH_REPLAY}/$(printf '%s' "$endpoint" | tr '/?=&' '____').json"
        [ -f "$file" ] || return 1
        cat "$file"
    else
        gh api -H "Accept: application/vnd.github+json" --paginate "$endpoint" 2>/dev/null | jq -s 'if length == 1 then .[0] elif (.[0] | type) == "array" then add else .[0] end'
    fi
}

# An endpoint's response, or `null` (with a note) when it cannot be read.
optional() {
    local response
    if response="$(api "$1")"; then
        printf '%s' "$response"
    else
        echo "export-github: could not read $1; left out of the bundle" >&2
        printf 'null'
    fi
}

org_json="$(api "orgs/$org")" || { echo "export-github: cannot read organisation $org" >&2; exit 3; }

teams='[]'
for slug in $(optional "orgs/$org/teams" | jq -r '.[]?.slug'); do
    team="$(jq -n --arg slug "$slug" \
        --argjson members "$(optional "orgs/$org/teams/$slug/members")" \
        --argjson repos "$(optional "orgs/$org/teams/$slug/repos")" \
        '{slug: $slug, members: ($members // []), repos: ($repos // [])}')"
    teams="$(jq -n --argjson all "$teams" --argjson one "$team" '$all + [$one]')"
done

if [ $# -eq 0 ]; then
    set -- $(optional "orgs/$org/repos" | jq -r '.[]?.name')
fi

repositories='[]'
for repo in "$@"; do
    full="$org/$repo"
    info="$(api "repos/$full")" || { echo "export-github: cannot read $full; skipped" >&2; continue; }
    branch="$(printf '%s' "$info" | jq -r '.default_branch')"
    protection="$(optional "repos/$full/branches/$branch/protection")"
    rulesets='[]'
    for id in $(optional "repos/$full/rulesets" | jq -r '.[]?.id'); do
        rulesets="$(jq -n --argjson all "$rulesets" --argjson one "$(optional "repos/$full/rulesets/$id")" '$all + [$one]')"
    done
    entry="$(jq -n \
        --argjson repository "$info" \
        --arg branch "$branch" \
        --argjson protection "$protection" \
        --argjson collaborators "$(optional "repos/$full/collaborators?affiliation=all")" \
        --argjson workflow "$(optional "repos/$full/actions/permissions/workflow")" \
        --argjson subject "$(optional "repos/$full/actions/oidc/customization/sub")" \
        --argjson rulesets "$rulesets" \
        --argjson environments "$(optional "repos/$full/environments")" \
        --argjson keys "$(optional "repos/$full/keys")" \
        '{repository: $repository, collaborators: ($collaborators // []), rulesets: $rulesets,
          environments: ($environments // {environments: []}), deploy_keys: ($keys // [])}
         + (if $workflow == null then {} else {workflow_permissions: $workflow} end)
         + (if $subject == null then {} else {oidc_subject: $subject} end)
         + (if $protection == null then {} else {branch_protection: {($branch): $protection}} end)')"
    repositories="$(jq -n --argjson all "$repositories" --argjson one "$entry" '$all + [$one]')"
done

jq -n \
    --arg org "$org" \
    --argjson orgInfo "$org_json" \
    --argjson members "$(optional "orgs/$org/members")" \
    --argjson admins "$(optional "orgs/$org/members?role=admin")" \
    --argjson disabled "$(optional "orgs/$org/members?filter=2fa_disabled")" \
    --argjson outside "$(optional "orgs/$org/outside_collaborators")" \
    --argjson outsideDisabled "$(optional "orgs/$org/outside_collaborators?filter=2fa_disabled")" \
    --argjson actions "$(optional "orgs/$org/actions/permissions")" \
    --argjson workflow "$(optional "orgs/$org/actions/permissions/workflow")" \
    --argjson subject "$(optional "orgs/$org/actions/oidc/customization/sub")" \
    --argjson packages "$(optional "orgs/$org/packages?package_type=container")" \
    --argjson teams "$teams" \
    --argjson repositories "$repositories" \
    '{leastprivGitHubExport: 1, organization: $org, org: $orgInfo,
      members: ($members // []), admins: ($admins // []), outside_collaborators: ($outside // []),
      teams: $teams, packages: ($packages // []), repositories: $repositories}
     + (if $disabled == null then {} else {members_2fa_disabled: $disabled} end)
     + (if $outsideDisabled == null then {} else {outside_collaborators_2fa_disabled: $outsideDisabled} end)
     + (if $actions == null then {} else {actions_permissions: $actions} end)
     + (if $workflow == null then {} else {workflow_permissions: $workflow} end)
     + (if $subject == null then {} else {oidc_subject: $subject} end)'
