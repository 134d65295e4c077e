# The Windows release, every step (the windows-2022 runner of .github/workflows/release.yml;
# or by hand in PowerShell 7 from the repository root, as an administrator because step 4
# tests the per-machine install that IT deploys):
#   1. the one-folder app of installer\bipdesk.spec (what `make dist` does) and its
#      --self-check (bipdesk-cli.exe: the same program with a console);
#   2. signing of bipdesk.exe and bipdesk-cli.exe when a certificate is named
#      (BIPDESK_SIGN_THUMBPRINT: the SHA-1 thumbprint of a code-signing certificate in the
#      certificate store; BIPDESK_TIMESTAMP_URL, default DigiCert's RFC 3161 server);
#   3. the installer dist\release\BIP-Desk-VERSION-windows-x64-setup.exe (Inno Setup,
#      installer\windows\bipdesk.iss, the version passed as /DAppVersion; signed with
#      its uninstaller when a certificate is named);
#   4. a silent per-machine install into a temporary folder (/VERYSILENT /SUPPRESSMSGBOXES
#      /NORESTART /ALLUSERS /LOG), the detection rule IT uses (the uninstall key's
#      DisplayVersion), --version and --self-check of the INSTALLED program, a database
#      in the user's data folder made by it;
#   5. the silent uninstall named by the uninstall key: program and key gone, database kept;
#   6. dist\release\SHA256SUMS-windows.
# Any failing step stops the script with a non-zero exit code and names the step.
#Requires -Version 7
[CmdletBinding()]
param(
    # The Python of a venv with `pip install -e .[dev,dist]` done.
    [string]$Python = ".venv\Scripts\python.exe"
)
$ErrorActionPreference = "Stop"
$PSNativeCommandUseErrorActionPreference = $true
Set-Location (Resolve-Path "$PSScriptRoot\..\..")
$Root = (Get-Location).Path
$Out = Join-Path $Root "dist\release"
$AppId = "{6F0E6B7C-3C1B-4E55-9B7A-5D1B1F3B9A42}"
$Started = Get-Date

function Step([string]$Name) {
    $seconds = [int]((Get-Date) - $Started).TotalSeconds
    Write-Host "`n== $Name ($seconds s)"
}

function Fail([string]$Message) {
    Write-Error "release.ps1: $Message" -ErrorAction Continue
    exit 1
}

function Sign-Files([string[]]$Files) {
    if (-not $env:BIPDESK_SIGN_THUMBPRINT) { return }
    $timestamp = if ($env:BIPDESK_TIMESTAMP_URL) { $env:BIPDESK_TIMESTAMP_URL } else { "http://timestamp.digicert.com" }
    & $SignTool sign /sha1 $env:BIPDESK_SIGN_THUMBPRINT /fd SHA256 /tr $timestamp /td SHA256 @Files
    & $SignTool verify /pa @Files
}

function Find-Tool([string]$Name, [string[]]$Candidates) {
    $found = Get-Command $Name -ErrorAction SilentlyContinue
    if ($found) { return $found.Source }
    foreach ($candidate in $Candidates) {
        $match = Get-Item $candidate -ErrorAction SilentlyContinue | Sort-Object FullName | Select-Object -Last 1
        if ($match) { return $match.FullName }
    }
    Fail "$Name is missing (looked on PATH and in $($Candidates -join ', '))"
}

$Iscc = Find-Tool "ISCC.exe" @("${env:ProgramFiles(x86)}\Inno Setup 6\ISCC.exe", "$env:ProgramFiles\Inno Setup 6\ISCC.exe", "$env:LOCALAPPDATA\Programs\Inno Setup 6\ISCC.exe")
if ($env:BIPDESK_SIGN_THUMBPRINT) {
    $SignTool = Find-Tool "signtool.exe" @("${env:ProgramFiles(x86)}\Windows Kits\10\bin\10.*\x64\signtool.exe")
}

Step "build: translations and PyInstaller (installer\bipdesk.spec)"
$Version = (& $Python -c "import bipdesk; print(bipdesk.__version__)").Trim()
& $Python tools\update_translations.py --release
& $Python -m PyInstaller --noconfirm --log-level WARN --distpath dist --workpath build\pyinstaller installer\bipdesk.spec
$Cli = Join-Path $Root "dist\bipdesk\bipdesk-cli.exe"
$said = (& $Cli --version).Trim()
if ($said -ne "bipdesk $Version") { Fail "dist\bipdesk\bipdesk-cli.exe --version says '$said', not $Version" }

Step "self-check of the frozen app"
& $Cli --self-check

Step "signing the programs"
if ($env:BIPDESK_SIGN_THUMBPRINT) {
    Sign-Files @("dist\bipdesk\bipdesk.exe", "dist\bipdesk\bipdesk-cli.exe")
} else {
    Write-Host "BIPDESK_SIGN_THUMBPRINT is not set: the programs and the installer stay unsigned"
}

Step "installer (Inno Setup $Iscc)"
if (Test-Path $Out) { Remove-Item -Recurse -Force $Out }
$isccArgs = @("/Q", "/DAppVersion=$Version", "/O$Out")
if ($env:BIPDESK_SIGN_THUMBPRINT) {
    $timestamp = if ($env:BIPDESK_TIMESTAMP_URL) { $env:BIPDESK_TIMESTAMP_URL } else { "http://timestamp.digicert.com" }
    $isccArgs += "/DSign"
    $isccArgs += "/Sbipdesksign=`$q$SignTool`$q sign /sha1 $env:BIPDESK_SIGN_THUMBPRINT /fd SHA256 /tr $timestamp /td SHA256 `$f"
}
& $Iscc @isccArgs "installer\windows\bipdesk.iss"
$Setup = Join-Path $Out "BIP-Desk-$Version-windows-x64-setup.exe"
if (-not (Test-Path $Setup)) { Fail "Inno Setup made no $Setup" }
if ($env:BIPDESK_SIGN_THUMBPRINT) { & $SignTool verify /pa $Setup }
Get-Item $Setup | Format-Table Name, Length

$Try = Join-Path ([IO.Path]::GetTempPath()) ("bipdesk-release-" + [guid]::NewGuid().ToString("N"))
$Target = Join-Path $Try "BIP Desk"
New-Item -ItemType Directory -Force $Try | Out-Null
$UninstallKey = "HKLM:\SOFTWARE\Microsoft\Windows\CurrentVersion\Uninstall\${AppId}_is1"

Step "silent per-machine install into $Target"
$install = Start-Process -FilePath $Setup -Wait -PassThru -ArgumentList @(
    "/VERYSILENT", "/SUPPRESSMSGBOXES", "/NORESTART", "/ALLUSERS",
    "/DIR=`"$Target`"", "/LOG=`"$Try\install.log`"")
if ($install.ExitCode -ne 0) {
    Get-Content "$Try\install.log" -ErrorAction SilentlyContinue | Write-Host
    Fail "the silent install exited with $($install.ExitCode) (log above)"
}
$entry = Get-ItemProperty -Path $UninstallKey -ErrorAction SilentlyContinue
if (-not $entry) { Fail "no uninstall key $UninstallKey after the install (the detection rule would fail)" }
if ($entry.DisplayVersion -ne $Version) { Fail "DisplayVersion is '$($entry.DisplayVersion)', not $Version" }
Write-Host "detection: $UninstallKey DisplayVersion = $($entry.DisplayVersion)"
$InstalledCli = Join-Path $Target "bipdesk-cli.exe"
$said = (& $InstalledCli --version).Trim()
if ($said -ne "bipdesk $Version") { Fail "the installed bipdesk-cli.exe --version says '$said'" }

Step "self-check of the installed program"
& $InstalledCli --self-check

Step "a database in the user's data folder, made by the installed program"
# bipdesk.paths.data_dir(): platformdirs' per-user local application data, never the program folder.
$DataDir = Join-Path ([Environment]::GetFolderPath("LocalApplicationData")) "BIP Desk\BIP Desk"
$Database = Join-Path $DataDir "bipdesk.db"
$madeHere = -not (Test-Path $Database)
if (-not $madeHere) {
    # Someone's real database: leave it be and prove the point with a file of our own.
    $Database = Join-Path $DataDir ("release-check-" + [guid]::NewGuid().ToString("N") + ".db")
    & $InstalledCli --db $Database init
} else {
    & $InstalledCli init
}
if (-not (Test-Path $Database)) { Fail "the installed program made no database at $Database" }
& $InstalledCli --db $Database check

Step "silent uninstall (the uninstall key's UninstallString)"
$uninstaller = $entry.UninstallString.Trim('"')
$uninstall = Start-Process -FilePath $uninstaller -Wait -PassThru -ArgumentList @(
    "/VERYSILENT", "/SUPPRESSMSGBOXES", "/NORESTART", "/LOG=`"$Try\uninstall.log`"")
if ($uninstall.ExitCode -ne 0) { Fail "the silent uninstall exited with $($uninstall.ExitCode)" }
# The uninstaller finishes from a copy of itself in %TEMP%: wait until it is done.
$deadline = (Get-Date).AddMinutes(3)
while (((Test-Path $UninstallKey) -or (Test-Path (Join-Path $Target "bipdesk.exe"))) -and (Get-Date) -lt $deadline) {
    Start-Sleep -Seconds 2
}
if (Test-Path $UninstallKey) { Fail "the uninstall key is still there" }
if (Test-Path (Join-Path $Target "bipdesk.exe")) { Fail "bipdesk.exe is still in $Target" }
if (Test-Path (Join-Path $Target "_internal")) { Fail "$Target\_internal is still there" }
if (-not (Test-Path $Database)) { Fail "the uninstall removed the user's database $Database" }
Write-Host "the user's database survived the uninstall: $Database"
if ($madeHere) { Remove-Item -Force "$Database*" } else { Remove-Item -Force $Database }
Remove-Item -Recurse -Force $Try -ErrorAction SilentlyContinue

Step "SHA-256 sums"
$sums = Get-ChildItem $Out -Filter "*.exe" | Sort-Object Name | ForEach-Object {
    "$((Get-FileHash -Algorithm SHA256 $_.FullName).Hash.ToLowerInvariant())  $($_.Name)"
}
[IO.File]::WriteAllText((Join-Path $Out "SHA256SUMS-windows"), (($sums -join "`n") + "`n"))
Get-Content (Join-Path $Out "SHA256SUMS-windows")
Step "release $Version for Windows ready in $Out"
