"""The npm artifacts: the main tarball and the host's platform tarball installed into a fresh
folder with npm install, loaded with require and with import, the README's Node example run,
and the loader's error on a platform without a build."""
import json
import tarfile

from .common import emulator, expect, median_ms, run, user_env

ESM_CHECK = """
import { Client, Emulator, isScimError } from 'celonis-scim'
import celonis from 'celonis-scim'
const emulator = await Emulator.start()
const client = new Client({ baseUrl: emulator.url, token: emulator.token })
const user = await client.createUser({ userName: 'esm@example.com' })
try { await client.getUser('missing') } catch (err) { if (!isScimError(err) || err.code !== 'not_found') throw err }
await emulator.stop()
console.log(user.role, typeof celonis.Client)
"""

#: Makes this process look like another platform before the package loads.
FAKE_PLATFORM = """
const [platform, arch] = process.env.FAKE_PLATFORM.split('-')
Object.defineProperty(process, 'platform', { value: platform })
Object.defineProperty(process, 'arch', { value: arch })
"""

LOAD_ERROR = """
try { require('celonis-scim'); console.log(JSON.stringify({ loaded: true })) }
catch (err) { console.log(JSON.stringify({ code: err.code, message: err.message })) }
"""


def tarballs(dist, version, platform_key):
    main = dist / "npm" / f"celonis-scim-{version}.tgz"
    platform = dist / "npm" / f"celonis-scim-{platform_key}-{version}.tgz"
    expect(main.exists() and platform.exists(), f"missing {main.name} or {platform.name}")
    return main, platform


def install(folder, main, platform):
    (folder / "package.json").write_text('{"name": "app", "private": true}\n')
    run(["npm", "install", "--no-audit", "--no-fund", "--loglevel=error", main, platform], folder)
    installed = folder / "node_modules/celonis-scim"
    expect(not any(installed.glob("*.node")), "the main package carries a native addon")


def versions(folder, version, platform_key):
    main = json.loads((folder / "node_modules/celonis-scim/package.json").read_text())
    platform = json.loads((folder / f"node_modules/celonis-scim-{platform_key}/package.json").read_text())
    optional = main.get("optionalDependencies", {})
    expect(main["version"] == version and platform["version"] == version, f"npm packages say {main['version']} / {platform['version']}, the workspace {version}")
    expect(len(optional) == 7 and set(optional.values()) == {version}, f"optionalDependencies: {optional}")
    for key in ("os", "cpu"):
        expect(platform.get(key), f"the platform package has no {key} field")


def require_works(folder):
    out = run(["node", "-e", "const c = require('celonis-scim'); console.log(typeof c.Client, typeof c.Emulator.start)"], folder).stdout
    expect(out.split() == ["function", "function"], out)


def import_works(folder):
    (folder / "esm.mjs").write_text(ESM_CHECK)
    out = run(["node", "esm.mjs"], folder).stdout
    expect(out.split() == ["MEMBER", "function"], out)


def readme_example(folder, python):
    with emulator(python) as emu:
        out = run(["node", "quickstart.js"], folder, env=user_env(CELONIS_SCIM_URL=emu["url"], CELONIS_SCIM_TOKEN=emu["token"])).stdout
    expect("ada@example.com [ 'Process Mining' ]" in out and "deleted: not_found" in out, out)


def platform_errors(folder):
    (folder / "fake-platform.cjs").write_text(FAKE_PLATFORM)
    seen = {}
    for fake, code in (("freebsd-x64", "ERR_CELONIS_SCIM_UNSUPPORTED_PLATFORM"), ("win32-arm64", "ERR_CELONIS_SCIM_UNSUPPORTED_PLATFORM"),
                       ("darwin-arm64", "ERR_CELONIS_SCIM_BINDING_MISSING")):
        out = run(["node", "-r", "./fake-platform.cjs", "-e", LOAD_ERROR], folder, env=user_env(FAKE_PLATFORM=fake)).stdout
        result = json.loads(out)
        expect(result.get("code") == code, f"{fake}: {result}")
        os_name, arch = fake.split("-")
        expect(os_name in result["message"] and arch in result["message"], f"{fake}: the message does not name the platform: {result['message']}")
        if code.endswith("UNSUPPORTED_PLATFORM"):
            expect(all(k in result["message"] for k in ("linux-x64-gnu", "linux-arm64-musl", "win32-x64", "darwin-arm64")),
                   f"the message does not list the supported platforms: {result['message']}")
        else:
            expect("celonis-scim-darwin-arm64" in result["message"], f"the message does not name the package: {result['message']}")
        seen[fake] = code
    return ", ".join(f"{k}: {v}" for k, v in seen.items())


def require_time(results, folder):
    samples = []
    for _ in range(7):
        out = run(["node", "-e", "const t = process.hrtime.bigint(); require('celonis-scim'); console.log(Number(process.hrtime.bigint() - t) / 1e6)"], folder).stdout
        samples.append(float(out))
    results.figure("require('celonis-scim')", median_ms(samples))


def check_npm(results, dist, version, folder, python, platform_key="linux-x64-gnu"):
    pair = results.check("npm tarballs are in dist/npm", tarballs, dist, version, platform_key)
    if pair is None:
        return
    if results.check("npm install of the main and the platform tarball", install, folder, *pair) is None:
        return
    results.check("npm package versions and platform fields", versions, folder, version, platform_key)
    results.check("require('celonis-scim')", require_works, folder)
    results.check("import { Client } from 'celonis-scim' (.mjs)", import_works, folder)
    results.check("README Node example", readme_example, folder, python)
    results.check("the loader's errors on other platforms", platform_errors, folder)
    results.check("require time", require_time, results, folder)


def platform_tarball_fields(dist, version):
    """Every platform package names its os, cpu (and libc on Linux) and carries its addon."""
    seen = []
    for tgz in sorted((dist / "npm").glob(f"celonis-scim-*-{version}.tgz")):
        with tarfile.open(tgz) as t:
            manifest = json.load(t.extractfile("package/package.json"))
            names = t.getnames()
        key = manifest["name"].removeprefix("celonis-scim-")
        expect(f"package/celonis-scim.{key}.node" in names, f"{tgz.name} has no addon")
        expect(manifest["os"] and manifest["cpu"] and (not key.startswith("linux") or manifest.get("libc")), f"{tgz.name}: {manifest}")
        expect("package/LICENSE-MIT" in names and "package/LICENSE-THIRD-PARTY.md" in names, f"{tgz.name} lacks its licences")
        seen.append(key)
    expect(len(seen) == 7, f"platform packages: {seen}")
    return ", ".join(seen)
