; Inno Setup 6.5+ script: BIP Desk for one Windows user, no administrator rights.
; Saved as UTF-8 with a byte-order mark, so that ISCC reads the Swedish texts right.
;
; Build on Windows, from the repository root:
;   make dist            (or: .venv\Scripts\pyinstaller --noconfirm installer\bipdesk.spec)
;   dist\bipdesk\bipdesk-cli.exe --self-check
;   "%ProgramFiles(x86)%\Inno Setup 6\ISCC.exe" /DAppVersion=0.1.0 installer\windows\bipdesk.iss
; The installer lands in dist\installer\BIP-Desk-<version>-setup.exe.
;
; The program goes to %LOCALAPPDATA%\Programs\BIP Desk (the per-user program
; folder); the participants' data lives apart from it in
; %LOCALAPPDATA%\BIP Desk\BIP Desk (bipdesk.paths.data_dir). Uninstalling
; removes only what this installer put down and tells the user where the data
; stayed. IT departments can install silently: setup.exe /VERYSILENT /NORESTART.

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif
#define AppName "BIP Desk"
#define DistDir "..\..\dist\bipdesk"

[Setup]
; A fixed AppId: later versions upgrade this installation instead of adding one.
AppId={{6F0E6B7C-3C1B-4E55-9B7A-5D1B1F3B9A42}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=BIP Desk
DefaultDirName={localappdata}\Programs\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
DisableDirPage=auto
PrivilegesRequired=lowest
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
OutputDir=..\..\dist\installer
OutputBaseFilename=BIP-Desk-{#AppVersion}-setup
SetupIconFile=..\..\resources\icons\bipdesk.ico
UninstallDisplayIcon={app}\bipdesk.exe
UninstallDisplayName={#AppName} {#AppVersion}
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
CloseApplications=yes
RestartApplications=no

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
Name: "{group}\{cm:UninstallProgram,{#AppName}}"; Filename: "{uninstallexe}"
Name: "{userdesktop}\{#AppName}"; Filename: "{app}\bipdesk.exe"; WorkingDir: "{userdocs}"; Tasks: desktopicon

[Run]
Filename: "{app}\bipdesk.exe"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

[UninstallDelete]
; Only the program folder: Python may leave __pycache__ there. Never the data folder.
Type: filesandordirs; Name: "{app}\_internal"

[Code]
function DataFolder(): String;
begin
  { platformdirs.user_data_dir("BIP Desk", "BIP Desk", roaming=False) }
  Result := ExpandConstant('{localappdata}\BIP Desk\BIP Desk');
end;

procedure CurUninstallStepChanged(CurUninstallStep: TUninstallStep);
begin
  if (CurUninstallStep = usPostUninstall) and not UninstallSilent() then
    MsgBox(FmtMessage(CustomMessage('DataKept'), [DataFolder()]), mbInformation, MB_OK);
end;
