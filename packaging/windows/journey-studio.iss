; Inno Setup script: the Windows installer of Journey Studio, for one user (no administrator
; rights). It installs the folder that `pyinstaller journey_studio.spec` built, adds the Start
; menu entry, registers the .journey file type with its icon ("Journey map", opened by
; Journey Studio) and offers Journey Studio in "Open with" for PNG images (an exported PNG
; carries its map). Build it on Windows, from the repository:
;
;     pyinstaller --noconfirm journey_studio.spec
;     iscc packaging\windows\journey-studio.iss
;
; which writes dist\journey-studio-VERSION-setup.exe. The version comes from the version
; resource of the built journey-studio.exe (packaging/build_info.py writes it).

#define AppName "Journey Studio"
#define BuildDir "..\..\dist\journey-studio"
#define GuiExe "Journey Studio.exe"
#define ConsoleExe "journey-studio.exe"
#define ProgId "JourneyStudio.Map"
#define PngProgId "JourneyStudio.Png"
#ifndef AppVersion
  #define AppVersion GetVersionNumbersString(BuildDir + "\" + ConsoleExe)
#endif

[Setup]
AppId={{4B1D7C52-9E3A-4F0B-8C6D-2A5E7F1B3D90}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=Journey Studio
AppPublisherURL=https://journey-studio.org/
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
; per user: installs under %LOCALAPPDATA%\Programs and writes HKEY_CURRENT_USER only
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
ChangesAssociations=yes
ChangesEnvironment=yes
OutputDir=..\..\dist
OutputBaseFilename=journey-studio-{#AppVersion}-setup
SetupIconFile=..\..\icons\app\journey-studio.ico
UninstallDisplayIcon={app}\{#GuiExe}
Compression=lzma2
SolidCompression=yes
WizardStyle=modern

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"
Name: "french"; MessagesFile: "compiler:Languages\French.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked
Name: "addtopath"; Description: "Add the journey-studio command to PATH"; Flags: unchecked

[Files]
Source: "{#BuildDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\{#AppName}"; Filename: "{app}\{#GuiExe}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#GuiExe}"; Tasks: desktopicon

[Registry]
; HKA is HKEY_CURRENT_USER\Software\Classes for a per-user install
Root: HKA; Subkey: "Software\Classes\.journey"; ValueType: string; ValueName: ""; ValueData: "{#ProgId}"; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\.journey"; ValueType: string; ValueName: "Content Type"; ValueData: "application/vnd.journey-studio+json"; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\.journey\OpenWithProgids"; ValueType: string; ValueName: "{#ProgId}"; ValueData: ""; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\{#ProgId}"; ValueType: string; ValueName: ""; ValueData: "Journey map"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\{#ProgId}\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\{#GuiExe},0"
Root: HKA; Subkey: "Software\Classes\{#ProgId}\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#GuiExe}"" ""%1"""
Root: HKA; Subkey: "Software\Classes\.png\OpenWithProgids"; ValueType: string; ValueName: "{#PngProgId}"; ValueData: ""; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\{#PngProgId}"; ValueType: string; ValueName: ""; ValueData: "PNG image with a journey map"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\{#PngProgId}\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#GuiExe}"" ""%1"""
Root: HKA; Subkey: "Software\Classes\Applications\{#GuiExe}\SupportedTypes"; ValueType: string; ValueName: ".journey"; ValueData: ""; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\Applications\{#GuiExe}\SupportedTypes"; ValueType: string; ValueName: ".png"; ValueData: ""
Root: HKCU; Subkey: "Environment"; ValueType: expandsz; ValueName: "Path"; ValueData: "{olddata};{app}"; Tasks: addtopath; Check: NotOnPath(ExpandConstant('{app}'))

[Run]
Filename: "{app}\{#GuiExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

[Code]
function NotOnPath(Folder: string): Boolean;
var
  Path: string;
begin
  if not RegQueryStringValue(HKEY_CURRENT_USER, 'Environment', 'Path', Path) then
    Path := '';
  Result := Pos(';' + Uppercase(Folder) + ';', ';' + Uppercase(Path) + ';') = 0;
end;
