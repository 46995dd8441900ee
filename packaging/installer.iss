; Inno Setup script for the Windows installer (per-user install, no admin rights needed).
;   iscc /DAppVersion=0.1.0 packaging\installer.iss
; Input: dist\DesktopInvoicer\ (PyInstaller onedir). Output: dist\DesktopInvoicer-<ver>-setup.exe
#ifndef AppVersion
  #define AppVersion "0.0.0"
#endif

[Setup]
AppId={{5B0D5C0E-7C59-4C55-9A51-2B0D7E7E1A11}
AppName=Desktop Invoicer
AppVersion={#AppVersion}
AppPublisher=Desktop Invoicer
DefaultDirName={autopf}\Desktop Invoicer
DefaultGroupName=Desktop Invoicer
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir=..\dist
OutputBaseFilename=DesktopInvoicer-{#AppVersion}-setup
SetupIconFile=..\resources\icons\app.ico
UninstallDisplayIcon={app}\DesktopInvoicer.exe
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "..\dist\DesktopInvoicer\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\Desktop Invoicer"; Filename: "{app}\DesktopInvoicer.exe"
Name: "{autodesktop}\Desktop Invoicer"; Filename: "{app}\DesktopInvoicer.exe"; Tasks: desktopicon

[Run]
Filename: "{app}\DesktopInvoicer.exe"; Description: "{cm:LaunchProgram,Desktop Invoicer}"; Flags: nowait postinstall skipifsilent
