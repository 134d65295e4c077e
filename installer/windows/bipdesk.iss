; Inno Setup 6.3+ script: BIP Desk for every user of a Windows computer (per machine) by
; default, or for one user without administrator rights. Saved as UTF-8 with a byte-order
; mark, so that ISCC reads the Swedish texts right.
;
; Built by installer\windows\release.ps1 (PyInstaller, self-check, this script, a silent
; install, uninstall and SHA-256 sums); by hand, from the repository root:
;   pyinstaller --noconfirm --distpath dist --workpath build\pyinstaller installer\bipdesk.spec
;   dist\bipdesk\bipdesk-cli.exe --self-check
;   ISCC.exe /DAppVersion=<bipdesk.__version__> /O dist\release installer\windows\bipdesk.iss
; The version comes only from the command line (bipdesk/__init__.py is its one source);
; the installer is BIP-Desk-<version>-windows-x64-setup.exe.
;
; For IT (docs/deployment.md): setup.exe /VERYSILENT /SUPPRESSMSGBOXES /NORESTART
; /LOG="C:\Windows\Temp\bipdesk-install.log" installs into Program Files for everyone
; (add /CURRENTUSER for one user under %LOCALAPPDATA%\Programs, no administrator needed).
; Detection: the uninstall key ...\Uninstall\{6F0E6B7C-3C1B-4E55-9B7A-5D1B1F3B9A42}_is1
; (HKLM per machine, HKCU per user) with DisplayVersion = the version. The
; participants' data lives per user, apart from the program, in
; %LOCALAPPDATA%\BIP Desk\BIP Desk (bipdesk.paths.data_dir): the uninstaller removes only
; what this installer put down, never that folder, and (when not silent) says where it stayed.

#ifndef AppVersion
  #error Pass the version: ISCC /DAppVersion=<bipdesk.__version__> (release.ps1 does)
#endif
#define AppName "BIP Desk"
#define DistDir "..\..\dist\bipdesk"

[Setup]
; A fixed AppId: later versions upgrade this installation instead of adding one, and IT's
; detection rule finds it. Never change it.
AppId={{6F0E6B7C-3C1B-4E55-9B7A-5D1B1F3B9A42}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=BIP Desk
; Per machine (Program Files, all users) by default; the dialog, /CURRENTUSER or
; /ALLUSERS choose. {autopf} is Program Files, or %LOCALAPPDATA%\Programs per user.
PrivilegesRequired=admin
PrivilegesRequiredOverridesAllowed=dialog commandline
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
DisableDirPage=auto
UsePreviousPrivileges=yes
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
OutputDir=..\..\dist\release
OutputBaseFilename=BIP-Desk-{#AppVersion}-windows-x64-setup
SetupIconFile=..\..\resources\icons\bipdesk.ico
UninstallDisplayIcon={app}\bipdesk.exe
UninstallDisplayName={#AppName}
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
CloseApplications=yes
RestartApplications=no
; Setup never needs a restart; /NORESTART is for deployment tools that pass it anyway.
RestartIfNeededByRun=no
SetupLogging=yes
#ifdef Sign
; release.ps1 passes /DSign and /Sbipdesksign="signtool.exe sign ... $f" when a
; certificate is there: the installer and its uninstaller are signed too.
SignTool=bipdesksign
SignedUninstaller=yes
#endif

[Languages]
Name: "swedish"; MessagesFile: "compiler:Languages\Swedish.isl"
Name: "english"; MessagesFile: "compiler:Default.isl"

[CustomMessages]
swedish.DataKept=BIP Desk har tagits bort från datorn.%n%nDeltagarnas uppgifter (databasen, säkerhetskopiorna och egna kort) finns kvar i:%n%1%n%nTa bort den mappen själv först när uppgifterna inte längre behövs, enligt projektets regler för gallring.
english.DataKept=BIP Desk has been removed from this computer.%n%nThe participants' data (the database, its backups and your own cards) has been left in:%n%1%n%nDelete that folder yourself only when the data is no longer needed, following your project's rules for erasure.
swedish.StartMenuCommandLine=BIP Desk kommandorad
english.StartMenuCommandLine=BIP Desk command line

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
; The whole one-folder app of installer\bipdesk.spec (bipdesk.exe, bipdesk-cli.exe, _internal\).
Source: "{#DistDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[InstallDelete]
; An upgrade replaces the bundled libraries wholesale, so that no stale file lingers.
Type: filesandordirs; Name: "{app}\_internal"

[Icons]
Name: "{group}\{#AppName}"; Filename: "{app}\bipdesk.exe"; WorkingDir: "{userdocs}"
Name: "{group}\{cm:StartMenuCommandLine}"; Filename: "{cmd}"; Parameters: "/k ""{app}\bipdesk-cli.exe"" --help"; WorkingDir: "{userdocs}"; IconFilename: "{app}\bipdesk.exe"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\bipdesk.exe"; WorkingDir: "{userdocs}"; Tasks: desktopicon

[Run]
Filename: "{app}\bipdesk.exe"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

[UninstallDelete]
; Only the program folder: Python may leave __pycache__ there. Never the data folder.
Type: filesandordirs; Name: "{app}\_internal"

[Code]
function DataFolder(): String;
begin
  { platformdirs.user_data_dir("BIP Desk", "BIP Desk", roaming=False): per user, whoever installed }
  Result := ExpandConstant('{localappdata}\BIP Desk\BIP Desk');
end;

procedure CurUninstallStepChanged(CurUninstallStep: TUninstallStep);
begin
  if (CurUninstallStep = usPostUninstall) and not UninstallSilent() then
    MsgBox(FmtMessage(CustomMessage('DataKept'), [DataFolder()]), mbInformation, MB_OK);
end;
