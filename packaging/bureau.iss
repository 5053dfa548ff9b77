; Inno Setup script: wraps the PyInstaller folder dist\Bureau\ into one Windows installer, dist\Bureau-<version>-setup.exe.
;
;   python packaging\build.py                       (builds dist\Bureau\ and build\build_installer\icons\bureau.ico)
;   "C:\Program Files (x86)\Inno Setup 6\ISCC.exe" packaging\bureau.iss     (Inno Setup 6.3 or newer)
;
; The version is read from Bureau.exe's version information, which build_installer.spec takes from
; desktop\__init__.py. Per-user or for all users: the installer asks (no administrator rights needed for the former).
; Uninstalling leaves the data folder (%LOCALAPPDATA%\Bureau: the database, its backups, settings.ini) in place.

#define AppName "Bureau"
#define AppExe "Bureau.exe"
#define BundleDir AddBackslash(SourcePath) + "..\dist\Bureau"
#define IconFile AddBackslash(SourcePath) + "..\build\build_installer\icons\bureau.ico"
#define OutDir AddBackslash(SourcePath) + "..\dist"
#ifndef AppVersion
  #define AppVersion GetVersionNumbersString(BundleDir + "\" + AppExe)
#endif

[Setup]
; Keep this AppId for every release: Windows knows an upgrade of the same program by it.
AppId={{44FF54D1-A700-43B8-98AA-CC29AA1B510D}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=Bureau developers
VersionInfoVersion={#AppVersion}
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
OutputDir={#OutDir}
OutputBaseFilename=Bureau-{#AppVersion}-setup
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName}
CloseApplications=yes
#ifexist IconFile
SetupIconFile={#IconFile}
#endif

[Languages]
Name: "en"; MessagesFile: "compiler:Default.isl"
Name: "fr"; MessagesFile: "compiler:Languages\French.isl"
Name: "de"; MessagesFile: "compiler:Languages\German.isl"
Name: "nl"; MessagesFile: "compiler:Languages\Dutch.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[InstallDelete]
; A new version replaces the old bundle whole: no stale library or translation from an earlier release stays.
Type: filesandordirs; Name: "{app}\_internal"

[Files]
Source: "{#BundleDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent
