#!/usr/bin/env bash
# Exports a Tencent Cloud account's CAM, TCR and TKE permission data into one leastpriv bundle.
#
# Usage: scripts/export-tencentcloud.sh [-o FILE] [-r REGION]...
#   -o FILE     where to write the bundle (default: tencentcloud-bundle.json)
#   -r REGION   a region whose TCR instances and TKE clusters to read (repeatable;
#               default: ap-guangzhou)
#
# It runs `tccli` with your own credentials and profile (configure them with `tccli configure`);
# it only calls read APIs (Describe*/List*/Get*). Lists are paged with Page/Rp (or Offset/Limit).
# A call that fails (for example for lack of permission) is recorded under `exportErrors` and the
# export goes on; the bundle says what it is missing instead of silently leaving it out.
# Environment: TCCLI (the tccli command, default `tccli`), LEASTPRIV_EXPORT_PAGE_SIZE (default 200).
set -euo pipefail

output="tencentcloud-bundle.json"
regions=()
while getopts "o:r:h" option; do
    case "$option" in
        o) output="$OPTARG" ;;
        r) regions+=("$OPTARG") ;;
        h) sed -n '2,15p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
        *) echo "usage: $0 [-o FILE] [-r REGION]..." >&2; exit 2 ;;
    esac
done
if [ ${#regions[@]} -eq 0 ]; then regions=("ap-guangzhou"); fi
command -v python3 >/dev/null || { echo "error: python3 is required" >&2; exit 2; }
command -v "${TCCLI:-tccli}" >/dev/null || { echo "error: tccli not found (pip install tccli)" >&2; exit 2; }

OUTPUT="$output" REGIONS="${regions[*]}" python3 - <<'PY'
import json, os, subprocess, sys, datetime

TCCLI = os.environ.get("TCCLI", "tccli")
PAGE = int(os.environ.get("LEASTPRIV_EXPORT_PAGE_SIZE", "200"))
errors = []

def call(service, action, region=None, **params):
    """Runs one tccli call and returns the response body, or None after recording the error."""
    args = [TCCLI, service, action]
    for key, value in params.items():
        args += ["--" + key, value if isinstance(value, str) else json.dumps(value)]
    if region:
        args += ["--region", region]
    run = subprocess.run(args, capture_output=True, text=True)
    if run.returncode != 0:
        errors.append({"call": " ".join(args[1:]), "error": (run.stderr or run.stdout).strip()[:500]})
        return None
    try:
        body = json.loads(run.stdout)
    except ValueError:
        errors.append({"call": " ".join(args[1:]), "error": "output is not JSON"})
        return None
    return body.get("Response", body) if isinstance(body, dict) else None

def paged(service, action, key, region=None, **params):
    """Every item of a Page/Rp-paged list."""
    items, page = [], 1
    while True:
        body = call(service, action, region, Page=str(page), Rp=str(PAGE), **params)
        if body is None:
            return items
        batch = body.get(key) or []
        items += batch
        total = body.get("TotalNum", body.get("TotalCount"))
        if not batch or len(batch) < PAGE or (isinstance(total, int) and len(items) >= total):
            return items
        page += 1

def offset_paged(service, action, key, region=None, **params):
    """Every item of an Offset/Limit-paged list."""
    items, offset = [], 0
    while True:
        body = call(service, action, region, Offset=str(offset), Limit=str(PAGE), **params)
        if body is None:
            return items
        batch = body.get(key) or []
        items += batch
        total = body.get("TotalCount")
        if not batch or len(batch) < PAGE or (isinstance(total, int) and len(items) >= total):
            return items
        offset += PAGE

def strip(body):
    return {k: v for k, v in (body or {}).items() if k != "RequestId"}

def decoded(document):
    """A policy document string as an object (exact locations in the bundle), unless it holds a
    duplicate key, in which case the string is kept so leastpriv reports the duplicate."""
    if not isinstance(document, str):
        return document
    def pairs(items):
        keys = [k for k, _ in items]
        if len(keys) != len(set(keys)):
            raise ValueError("duplicate key")
        return dict(items)
    try:
        return json.loads(document, object_pairs_hook=pairs)
    except ValueError:
        return document

identity = call("sts", "GetCallerIdentity") or {}
owner = str(identity.get("AccountId") or identity.get("OwnerUin") or "")
if not owner:
    sys.exit("error: sts GetCallerIdentity did not return the account (check tccli credentials)")

policy_ids = set()
def attached(entries):
    for entry in entries:
        if entry.get("PolicyId") is not None:
            policy_ids.add(str(entry["PolicyId"]))
    return entries

def boundary(body):
    if not body or body.get("PolicyId") in (None, 0, "", "0"):
        return None
    body = strip(body)
    if "PolicyDocument" in body:
        document = decoded(body["PolicyDocument"])
        if isinstance(document, dict) and "strategyInfo" in document and "statement" not in document:
            document = document["strategyInfo"]
        body["PolicyDocument"] = document
    return body

users = []
for listed in (call("cam", "ListUsers") or {}).get("Data") or []:
    name, uin = listed.get("Name"), listed.get("Uin")
    user = strip(call("cam", "GetUser", Name=name)) or listed
    entry = {"user": user}
    entry["attachedPolicies"] = attached(paged("cam", "ListAttachedUserAllPolicies", "PolicyList", TargetUin=str(uin), AttachType="0"))
    entry["permissionBoundary"] = boundary(call("cam", "GetUserPermissionBoundary", TargetUin=str(uin)))
    keys = (call("cam", "ListAccessKeys", TargetUin=str(uin)) or {}).get("AccessKeys") or []
    entry["accessKeys"] = keys
    ids = [k["AccessKeyId"] for k in keys if k.get("AccessKeyId")]
    entry["accessKeysLastUsed"] = ((call("cam", "GetSecurityLastUsed", SecretIdList=ids) or {}).get("SecretIdLastUsedRows") or []) if ids else []
    flags = call("cam", "DescribeSafeAuthFlagColl", SubUin=str(uin))
    entry["safeAuthFlags"] = strip(flags) if flags else None
    users.append(entry)

groups = []
for group in paged("cam", "ListGroups", "GroupInfo"):
    gid = str(group.get("GroupId"))
    groups.append({
        "group": group,
        "members": paged("cam", "ListUsersForGroup", "UserInfo", GroupId=gid),
        "attachedPolicies": attached(paged("cam", "ListAttachedGroupPolicies", "List", TargetGroupId=gid)),
    })

roles, oidc_names = [], set()
for listed in paged("cam", "DescribeRoleList", "List"):
    name = listed.get("RoleName")
    info = (call("cam", "GetRole", RoleName=name) or {}).get("RoleInfo") or listed
    info = dict(info)
    info["PolicyDocument"] = decoded(info.get("PolicyDocument"))
    document = info["PolicyDocument"] if isinstance(info["PolicyDocument"], dict) else {}
    statements = document.get("statement") or []
    for statement in statements if isinstance(statements, list) else [statements]:
        federated = (statement.get("principal") or {}).get("federated") or []
        for provider in federated if isinstance(federated, list) else [federated]:
            if ":oidc-provider/" in provider:
                oidc_names.add(provider.split(":oidc-provider/", 1)[1])
    roles.append({
        "role": info,
        "attachedPolicies": attached(paged("cam", "ListAttachedRolePolicies", "List", RoleName=name)),
        "permissionBoundary": boundary(call("cam", "GetRolePermissionBoundary", RoleId=str(info.get("RoleId")))),
    })

policies = []
for pid in sorted(policy_ids, key=lambda v: (len(v), v)):
    body = call("cam", "GetPolicy", PolicyId=pid)
    if body is None:
        continue
    body = strip(body)
    body["PolicyId"] = pid
    body["PolicyDocument"] = decoded(body.get("PolicyDocument"))
    policies.append(body)

oidc = [dict(strip(body), Name=name) for name in sorted(oidc_names) if (body := call("cam", "DescribeOIDCConfig", Name=name))]
saml = (call("cam", "ListSAMLProviders") or {}).get("SAMLProviderSet") or []

tcr, tke, tke_permissions = [], [], []
for region in os.environ["REGIONS"].split():
    for instance in offset_paged("tcr", "DescribeInstances", "Registries", region):
        rid = instance.get("RegistryId")
        tcr.append({
            "instance": instance,
            "namespaces": offset_paged("tcr", "DescribeNamespaces", "NamespaceList", region, RegistryId=rid),
            "serviceAccounts": offset_paged("tcr", "DescribeServiceAccounts", "ServiceAccounts", region, RegistryId=rid, All="true"),
            "tokens": offset_paged("tcr", "DescribeInstanceToken", "Tokens", region, RegistryId=rid),
        })
    clusters = offset_paged("tke", "DescribeClusters", "Clusters", region)
    for cluster in clusters:
        cid = cluster.get("ClusterId")
        names = (call("tke", "DescribeClusterCommonNames", region, ClusterId=cid) or {}).get("CommonNames") or []
        tke.append({"clusterId": cid, "region": region, "commonNames": names})
    if clusters:
        for entry in users:
            uin = str(entry["user"].get("Uin"))
            body = call("tke", "DescribeUserPermissions", region, TargetUin=uin)
            if body is not None:
                tke_permissions.append({"region": region, "targetUin": uin, "permissions": body.get("Permissions") or []})

bundle = {
    "format": "leastpriv.tencentcloud.bundle",
    "formatVersion": 1,
    "ownerUin": owner,
    "exportedAt": datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ"),
    "policies": policies,
    "groups": groups,
    "users": users,
    "roles": roles,
    "oidcProviders": oidc,
    "samlProviders": saml,
    "tcr": tcr,
    "tke": tke,
    "tkeUserPermissions": tke_permissions,
    "exportErrors": errors,
}
with open(os.environ["OUTPUT"], "w", encoding="utf-8") as handle:
    json.dump(bundle, handle, ensure_ascii=False, indent=2)
    handle.write("\n")
print(f"wrote {os.environ['OUTPUT']}: {len(users)} users, {len(groups)} groups, {len(roles)} roles, {len(policies)} policies, {len(errors)} failed calls", file=sys.stderr)
PY
