; Inno Setup script: a normal Windows installer for the one-folder bundle.
; Build the bundle first (installer\dist\fieldclient), then, from the checkout:
;   iscc /DAppVersion=0.1.0 installer\fieldclient.iss
; The setup program is written to installer\dist\fieldclient-setup-<version>.exe.
; Uninstalling removes the program only: the vault in %LOCALAPPDATA%\fieldclient (the officers'
; records) is never touched.

#ifndef AppVersion
  #error Pass the version from pyproject.toml: iscc /DAppVersion=X.Y.Z installer\fieldclient.iss
#endif
#define AppName "Field Client"
#define AppExe "fieldclient.exe"

[Setup]
; AppId identifies the installation for upgrades and the uninstaller: never change it.
AppId={{F8330DF5-620A-4405-BFA6-F6282525044D}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=Field Client project
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
; A station PC is shared by several officers: install once, for every Windows account.
PrivilegesRequired=admin
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir=dist
OutputBaseFilename=fieldclient-setup-{#AppVersion}
#if FileExists(AddBackslash(SourcePath) + "..\resources\icons\fieldclient.ico")
SetupIconFile=..\resources\icons\fieldclient.ico
#endif
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName} {#AppVersion}
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
; Close a running copy before replacing its files.
CloseApplications=yes

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
; The whole one-folder bundle: fieldclient.exe (windowed), fieldclient-cli.exe (console) and _internal.
Source: "dist\fieldclient\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[InstallDelete]
; Files of an older version that the new bundle no longer has.
Type: filesandordirs; Name: "{app}\_internal"

[Icons]
Name: "{group}\{#AppName}"; Filename: "{app}\{#AppExe}"
Name: "{group}\{cm:UninstallProgram,{#AppName}}"; Filename: "{uninstallexe}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent
